import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineMessenger } from '../../../lib/messaging/messenger';

interface TestProtocol {
  double(n: number): number;
  fail(reason: string): void;
  other(): string;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('messenger', () => {
  const { sendMessage, onMessage } = defineMessenger<TestProtocol>();

  it('answers a message with its handler’s result, async or not', async () => {
    const removeDouble = onMessage('double', ({ data }) => data * 2);
    const removeOther = onMessage('other', async () => 'other');
    expect(await sendMessage('double', 21)).toBe(42);
    expect(await sendMessage('other', undefined)).toBe('other');
    removeDouble();
    removeOther();
  });

  it('turns a handler’s error into a rejection with the same message', async () => {
    const remove = onMessage('fail', ({ data }) => {
      throw new Error(`rejected: ${data}`);
    });
    await expect(sendMessage('fail', 'bad payload')).rejects.toThrow('rejected: bad payload');
    remove();
  });

  it('leaves messages that are not its own to other listeners', async () => {
    const remove = onMessage('double', ({ data }) => data * 2);
    fakeBrowser.runtime.onMessage.addListener(
      (message: unknown, _sender: unknown, sendResponse: (reply: string) => void) => {
        if (!(message as { foreign?: boolean }).foreign) return undefined;
        sendResponse('foreign');
        return true;
      },
    );
    expect(await fakeBrowser.runtime.sendMessage({ foreign: true })).toBe('foreign');
    remove();
  });
});
