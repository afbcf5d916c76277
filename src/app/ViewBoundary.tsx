import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of a view boundary: the view, and the message shown if it fails. */
export interface ViewBoundaryProps {
  children: ReactNode;
  /** Plain text shown in place of the failed view (already translated). */
  message: string;
  /** Changing this key (e.g. the data generation) lets the view try again. */
  resetKey?: unknown;
}

/**
 * Keeps a failing view from blanking the whole dashboard: the view is replaced by a short
 * message, the rest of the app (and the data) stays usable, and the error goes to the console.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ViewBoundaryProps, state: { failed: boolean; key: unknown }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('rutas: a view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="view-failed" role="alert">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
