import { browser, type Browser } from 'wxt/browser';

/**
 * A typed messenger over `runtime.sendMessage` / `tabs.sendMessage`, with the same calls as
 * @webext-core/messaging (`sendMessage(type, data, tabId?)`, `onMessage(type, handler)` returning
 * its remover) in a few hundred bytes: the content script bundles it and has a 15 KB budget.
 * A handler's error comes back to the sender as a rejected promise with the same message.
 */

export interface ReceivedMessage<D> {
  data: D;
  sender: Browser.runtime.MessageSender;
}

interface Envelope {
  icpLens: string;
  data: unknown;
}

type Reply = { ok: unknown } | { error: string };

const isEnvelope = (message: unknown): message is Envelope =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as Envelope).icpLens === 'string';

/** `P`: message type → `(data) => answer`, as an interface of methods. */
export function defineMessenger<P extends { [K in keyof P]: (data: never) => unknown }>() {
  async function sendMessage<K extends keyof P & string>(
    type: K,
    data: Parameters<P[K]>[0],
    tabId?: number,
  ): Promise<Awaited<ReturnType<P[K]>>> {
    const envelope: Envelope = { icpLens: type, data };
    const reply = (await (tabId === undefined
      ? browser.runtime.sendMessage(envelope)
      : browser.tabs.sendMessage(tabId, envelope))) as Reply | undefined;
    if (!reply) throw new Error(`[icp-lens] no answer to ${type}`);
    if ('error' in reply) throw new Error(reply.error);
    return reply.ok as Awaited<ReturnType<P[K]>>;
  }

  function onMessage<K extends keyof P & string>(
    type: K,
    handler: (
      message: ReceivedMessage<Parameters<P[K]>[0]>,
    ) => ReturnType<P[K]> | Promise<Awaited<ReturnType<P[K]>>>,
  ): () => void {
    const listener = (
      message: unknown,
      sender: Browser.runtime.MessageSender,
      sendResponse: (reply: Reply) => void,
    ) => {
      if (!isEnvelope(message) || message.icpLens !== type) return undefined;
      // The handler starts synchronously: APIs that need the user's gesture (sidePanel.open after
      // a click in the badge) only get it while the message is being dispatched.
      let answer: unknown;
      try {
        answer = handler({ data: message.data as Parameters<P[K]>[0], sender });
      } catch (error) {
        answer = Promise.reject(error);
      }
      Promise.resolve(answer).then(
        (ok) => sendResponse({ ok: ok ?? null }),
        (error: unknown) =>
          sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      );
      return true; // the answer comes asynchronously
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return { sendMessage, onMessage };
}
