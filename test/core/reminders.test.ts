import { remind } from '../../core/reminders';

describe('reminders', () => {
  const now = '2026-11-26T10:00:00.000Z';
  it('sets remindedAt on a pending item, once a day at most', () => {
    const item: { rev: number; remindedAt?: string } = { rev: 2 };
    expect(remind(item, true, now)).toEqual({ ok: true, value: { rev: 2, remindedAt: now } });
    expect(remind({ remindedAt: '2026-11-25T11:00:00.000Z' }, true, now)).toEqual({
      ok: false,
      error: 'reminded_recently',
    });
    expect(remind({ remindedAt: '2026-11-25T09:59:00.000Z' }, true, now).ok).toBe(true);
    expect(remind({}, false, now)).toEqual({ ok: false, error: 'not_pending' });
  });
});
