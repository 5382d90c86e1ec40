// @serialport/binding-mock ships types its package.json "exports" do not expose under
// NodeNext resolution; this declares the part the tests use.
declare module '@serialport/binding-mock' {
  import type { OpenOptions } from '@serialport/stream';
  type Binding = OpenOptions['binding'];
  export const MockBinding: Binding & {
    reset(): void;
    createPort(path: string, options?: { echo?: boolean; record?: boolean; readyData?: Buffer; vendorId?: string; productId?: string }): void;
  };
}
