import { describe, expect, it } from 'vitest';
import { parseCmdletDoc } from './parse-cmdlet-doc.ts';

/** A made-up page in the reference's layout (front matter, PARAMETERS, one section each). */
const PAGE = `---
applicable: Exchange Server 2010, Exchange Server 2016, Exchange Online
online version: https://learn.microsoft.com/powershell/module/exchangepowershell/set-example
title: Set-Example
---

# Set-Example

## PARAMETERS

### -Identity

> Applicable: Exchange Server 2010, Exchange Server 2016, Exchange Online

Which object.

\`\`\`yaml
Parameter Sets: (All)
Aliases:
\`\`\`

### -ListA

> Applicable: Applicable: Exchange Server 2016, Exchange Online

Entries also land in ListBoth, so you can't use the ListA and ListBoth parameters in the same command.

\`\`\`yaml
Parameter Sets: Lists
Aliases: la
\`\`\`

### -ListBoth

> Applicable: Exchange Online

If you use the Legacy switch, you can't use the ListA parameter.

\`\`\`yaml
Parameter Sets: Lists
Aliases:
\`\`\`

### -Legacy

> Applicable: Exchange Server 2010, Some Future Product

You can't use this switch with the ListBoth parameter.

\`\`\`yaml
Parameter Sets: Old
Aliases:
\`\`\`

### CommonParameters

Not a parameter section.

## INPUTS
`;

describe('parseCmdletDoc', () => {
  it('keeps the products, parameter sets, aliases and the pairs the text rules out', () => {
    const unknown: string[] = [];
    expect(parseCmdletDoc(PAGE, (name) => unknown.push(name))).toEqual({
      url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-example',
      on: '2010 2016 EXO',
      parameters: {
        Identity: '2010 2016 EXO',
        ListA: '2016 EXO',
        ListBoth: 'EXO',
        Legacy: '2010 Some_Future_Product',
      },
      parameterSets: { Lists: ['ListA', 'ListBoth'], Old: ['Legacy'] },
      aliases: { la: 'ListA' },
      exclusive: [
        ['Legacy', 'ListBoth'],
        ['ListA', 'ListBoth'],
      ],
    });
    expect(unknown).toEqual(['Some Future Product']);
  });
});
