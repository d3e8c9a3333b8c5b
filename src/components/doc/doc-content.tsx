import { createElement, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DocNode } from '../../content/model';

export type CommandRenderer = (
  command: Extract<DocNode, { type: 'command' }>,
  key: string,
) => ReactNode;

interface DocContentProps {
  nodes: readonly DocNode[];
  /** How to show a code block; the fix page plugs in the command builder here. */
  renderCommand?: CommandRenderer;
}

/**
 * Renders compiled content. Only allow-listed tags reach this point (the build rejects the rest),
 * every string is rendered as text, and app links go through the router so the base path applies.
 */
export function DocContent({ nodes, renderCommand = renderPlainCommand }: DocContentProps) {
  return <>{nodes.map((node, index) => renderNode(node, String(index), renderCommand))}</>;
}

export function renderPlainCommand(
  command: Extract<DocNode, { type: 'command' }>,
  key: string,
): ReactNode {
  // A long command scrolls sideways: tabIndex lets keyboard users scroll it too.
  return (
    <pre key={key} tabIndex={0}>
      <code>{command.template}</code>
    </pre>
  );
}

function renderNode(node: DocNode, key: string, renderCommand: CommandRenderer): ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type === 'command') return renderCommand(node, key);
  // Pages resolve `:::only` blocks against their answers first (fixBodyForAnswers); a block that
  // reaches the renderer unresolved is shown nowhere rather than on the wrong platform.
  if (node.type === 'only') return null;
  const children = node.children.map((child, index) =>
    renderNode(child, `${key}.${index}`, renderCommand),
  );
  if (node.tag === 'a') {
    const href = node.props?.href ?? '#';
    if (href.startsWith('/')) {
      return (
        <Link key={key} to={href}>
          {children}
        </Link>
      );
    }
    return (
      <a key={key} href={href} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  if (node.tag === 'br' || node.tag === 'hr') return createElement(node.tag, { key });
  const props: { key: string; start?: number } = { key };
  if (node.tag === 'ol' && node.props?.start !== undefined) props.start = node.props.start;
  return createElement(node.tag, props, children);
}
