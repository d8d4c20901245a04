import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the component once it has thrown. */
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

/** Keeps one failing component from taking the whole page down. */
export class ComponentErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
