import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the component once it has thrown. */
  fallback: (error: Error) => ReactNode;
  /** Told once per error, after React has caught it (render, effects or lifecycle). */
  onError?: (error: Error) => void;
  children: ReactNode;
}

/** Keeps one failing component from taking the whole page down. */
export class ComponentErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: asError(error) };
  }

  componentDidCatch(error: unknown) {
    this.props.onError?.(asError(error));
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
