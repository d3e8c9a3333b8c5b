import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the broken part; `reset` tries rendering it again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
  /** Changing this value clears a caught error (for example the URL). */
  resetKey?: string;
}

interface ErrorBoundaryState {
  error: unknown;
  resetKey: string | undefined;
}

/** Keeps one broken part from blanking the page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey
      ? { error: undefined, resetKey: props.resetKey }
      : null;
  }

  private readonly reset = () => this.setState({ error: undefined });

  override render() {
    return this.state.error !== undefined
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
