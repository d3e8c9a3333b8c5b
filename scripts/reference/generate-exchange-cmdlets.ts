/**
 * Writes src/content/reference/exchange-cmdlets.json from a local snapshot of Microsoft's cmdlet
 * reference, so the content test can check every command against it:
 *
 *   git clone https://github.com/MicrosoftDocs/office-docs-powershell /tmp/office-docs-powershell
 *   npm run reference:exchange -- /tmp/office-docs-powershell
 *
 * The path may be a checkout or a bare git directory (read at HEAD). Only facts are kept: cmdlet
 * and parameter names, the products each applies to, parameter sets, aliases, and the pairs of
 * parameters the reference says can't be used in the same command.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import type { CmdletFacts } from '../../src/content/reference/cmdlet-facts.ts';
import { parseCmdletDoc } from './parse-cmdlet-doc.ts';

const REPOSITORY = 'https://github.com/MicrosoftDocs/office-docs-powershell';
const FOLDER = 'exchange/exchange-ps/ExchangePowerShell';
const OUTPUT = 'src/content/reference/exchange-cmdlets.json';

/**
 * The nouns whose cmdlets (every verb) the table holds: what the fix pages, the analyzer's
 * catalogue and the troubleshooting path use or may use. Add a noun and regenerate.
 */
const NOUNS = [
  'AcceptedDomain',
  'ADPermission',
  'ADServerSettings',
  'AuthenticationPolicy',
  'CASMailbox',
  'ConnectionInformation',
  'Contact',
  'DistributionGroup',
  'DistributionGroupMember',
  'DynamicDistributionGroup',
  'DynamicDistributionGroupMember',
  'EXOCASMailbox',
  'EXOMailbox',
  'EXORecipient',
  'ExchangeOnline',
  'ExchangeServer',
  'Group',
  'InboundConnector',
  'MailContact',
  'MailPublicFolder',
  'MailUser',
  'Mailbox',
  'MailboxPermission',
  'ManagementRole',
  'ManagementRoleAssignment',
  'MessageTrace',
  'MessageTraceDetail',
  'MessageTraceDetailV2',
  'MessageTraceV2',
  'MessageTrackingLog',
  'OrganizationConfig',
  'OutboundConnector',
  'PublicFolder',
  'PublicFolderClientPermission',
  'ReceiveConnector',
  'Recipient',
  'RecipientPermission',
  'RemoteDomain',
  'RemoteMailbox',
  'RoleGroup',
  'RoleGroupMember',
  'SendConnector',
  'ServicePrincipal',
  'TransportConfig',
  'TransportRule',
  'TransportService',
  'UnifiedGroup',
  'UnifiedGroupLinks',
  'User',
];

interface Snapshot {
  list(): string[];
  read(file: string): string;
  commit: string;
  date: string;
}

function git(gitDir: string, args: string[]): string {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function openSnapshot(path: string): Snapshot {
  const checkout = join(path, FOLDER);
  const gitDir = existsSync(join(path, '.git')) ? join(path, '.git') : path;
  const commit = git(gitDir, ['rev-parse', 'HEAD']).trim();
  const date = git(gitDir, ['log', '-1', '--format=%cI', 'HEAD']).trim();
  if (existsSync(checkout)) {
    return {
      list: () => readdirSync(checkout),
      read: (file) => readFileSync(join(checkout, file), 'utf8'),
      commit,
      date,
    };
  }
  return {
    list: () => git(gitDir, ['ls-tree', '--name-only', `HEAD:${FOLDER}`]).split('\n'),
    read: (file) => git(gitDir, ['show', `HEAD:${FOLDER}/${file}`]),
    commit,
    date,
  };
}

function nounOf(file: string): string {
  return file.replace(/\.md$/, '').split('-').slice(1).join('-');
}

async function main() {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npm run reference:exchange -- <office-docs-powershell path>');
  const snapshot = openSnapshot(path);
  const nouns = new Set(NOUNS.map((noun) => noun.toLowerCase()));
  const files = snapshot
    .list()
    .filter((file) => /^[A-Z][a-z]+-[A-Za-z0-9]+\.md$/.test(file))
    .filter((file) => nouns.has(nounOf(file).toLowerCase()))
    .sort();
  const unknown = new Set<string>();
  const cmdlets: Record<string, CmdletFacts> = {};
  for (const file of files) {
    cmdlets[file.replace(/\.md$/, '')] = parseCmdletDoc(snapshot.read(file), (name) =>
      unknown.add(name),
    );
  }
  const table = {
    source: {
      repository: REPOSITORY,
      folder: FOLDER,
      commit: snapshot.commit,
      date: snapshot.date,
      regenerate: 'npm run reference:exchange -- <path to a clone of the repository>',
    },
    products: {
      '2010': 'Exchange Server 2010',
      '2013': 'Exchange Server 2013',
      '2016': 'Exchange Server 2016',
      '2019': 'Exchange Server 2019',
      SE: 'Exchange Server Subscription Edition',
      EXO: 'Exchange Online',
      EOP: 'Exchange Online Protection',
      ADDON: 'Built-in security add-on for on-premises mailboxes',
    },
    cmdlets,
  };
  const text = await format(JSON.stringify(table), { parser: 'json' });
  writeFileSync(OUTPUT, text);
  console.log(`${OUTPUT}: ${files.length} cmdlets from ${snapshot.commit} (${snapshot.date})`);
  if (unknown.size > 0)
    console.warn(`unknown products, kept as written: ${[...unknown].join(', ')}`);
}

await main();
