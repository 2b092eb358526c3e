import { createHmac, randomUUID } from 'node:crypto';

export interface WebhookDelivery {
  id: string;
  event: string;
  action?: string;
  /** The raw JSON, exactly the bytes that are signed and posted. */
  body: string;
  headers: {
    'x-github-event': string;
    'x-github-delivery': string;
    'x-hub-signature-256': string;
    'content-type': 'application/json';
  };
}

export interface AutoDeliveryFailure {
  delivery: WebhookDelivery;
  /** The receiver's status, or the error's message when the post itself failed. */
  problem: string;
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, GitHub's X-Hub-Signature-256. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Records every delivery, and posts them when asked: one by one (`deliver`, so a test can reorder,
 * repeat or drop them) or each as it happens (`autoDeliver`), in order, one at a time, like GitHub.
 */
export class WebhookRecorder {
  private readonly recorded: WebhookDelivery[] = [];
  private autoUrl: string | null = null;
  private queue: Promise<void> = Promise.resolve();
  readonly failures: AutoDeliveryFailure[] = [];
  /** Off while a test seeds large amounts of state, which would otherwise record a delivery each. */
  muted = false;

  constructor(private readonly secret: string) {}

  record(event: string, action: string | undefined, payload: Record<string, unknown>): WebhookDelivery {
    const id = randomUUID();
    const body = JSON.stringify(payload);
    const delivery: WebhookDelivery = {
      id,
      event,
      ...(action === undefined ? {} : { action }),
      body,
      headers: {
        'x-github-event': event,
        'x-github-delivery': id,
        'x-hub-signature-256': signWebhookBody(this.secret, body),
        'content-type': 'application/json',
      },
    };
    this.recorded.push(delivery);
    const url = this.autoUrl;
    if (url !== null) {
      this.queue = this.queue.then(() => this.post(delivery, url));
    }
    return delivery;
  }

  list(): WebhookDelivery[] {
    return [...this.recorded];
  }

  clear(): void {
    this.recorded.length = 0;
  }

  setAutoDeliver(url: string | null): void {
    this.autoUrl = url;
  }

  /** Resolves when every automatic delivery so far has been posted. */
  settled(): Promise<void> {
    return this.queue;
  }

  deliver(delivery: WebhookDelivery, url: string): Promise<Response> {
    return fetch(url, {
      method: 'POST',
      headers: { ...delivery.headers, 'user-agent': 'GitHub-Hookshot/fake' },
      body: delivery.body,
    });
  }

  private async post(delivery: WebhookDelivery, url: string): Promise<void> {
    try {
      const response = await this.deliver(delivery, url);
      // The body is not needed, but unread it would hold the connection.
      await response.arrayBuffer();
      if (!response.ok) this.failures.push({ delivery, problem: `HTTP ${response.status}` });
    } catch (error) {
      // Kept for the test to see (autoDeliveryFailures), not thrown into a queue nobody awaits.
      this.failures.push({ delivery, problem: error instanceof Error ? error.message : String(error) });
    }
  }
}
