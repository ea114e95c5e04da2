import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks TextEncoder (react-router needs it).
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks ResizeObserver (recharts' ResponsiveContainer needs it) and canvas.
class ResizeObserverStub {
  private readonly cb: ResizeObserverCallback;
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb;
  }
  observe(target: Element): void {
    this.cb(
      [{ target, contentRect: { width: 800, height: 300 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
