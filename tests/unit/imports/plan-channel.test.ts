import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ContactStep } from '../../../src/main/core/imports/contact-steps';
import { linkState, madeFieldsSlots, packSteps, receiveSteps, StepSender, unpackSteps } from '../../../src/main/core/imports/plan-channel';

const created = (n: number): ContactStep => ({
  invalid: n % 7 === 0,
  action: 'create',
  tags: n % 2 ? ['VIP', '市场部'] : [],
  groups: n % 3 ? [] : ['Weihnachtskarten'],
  fields: [1, 3],
  prepared: {
    row: ['anna weber', 'person', 'Anna', `Weber${n}`, '', '王小明', 'weber anna', '', null, 0, 1, -2.5, Number.MAX_SAFE_INTEGER, '\ud800 lone', '😀'],
    phones: [['mobile', '+4915110000001', '0151 10000001', '4915110000001', 1, 1, 0]],
    emails: [['work', `person${n}@example.com`, 1, 0]],
    addresses: [],
    custom: [[1, 'Sales', null], [3, null, 12.5]],
    search: { doc: 'Anna Weber\nwangxiaoming wxm', nameKey: 'anna weber' },
  },
});

const steps: ContactStep[] = [
  { invalid: false, action: 'skip', tags: [], groups: [], fields: [] },
  { invalid: true, action: 'none', tags: [], groups: [], fields: [] },
  created(1),
  {
    invalid: false,
    action: 'overwrite',
    tags: ['Messe'],
    groups: ['Newsletter'],
    fields: [],
    draft: { kind: 'person', givenName: 'Anna', familyName: 'Weber', companyName: '', phones: [], emails: [{ label: 'work', value: 'a@b.de', primary: true }], middleName: undefined, custom: { '1': true, '2': 'x' } },
    duplicateId: 42,
  },
];

describe('the plan link', () => {
  it('carries a chunk of steps exactly as structured clone would', () => {
    expect(unpackSteps(packSteps(steps))).toStrictEqual(structuredClone(steps));
  });

  it('carries an empty chunk', () => {
    expect(unpackSteps(packSteps([]))).toStrictEqual([]);
  });

  it('carries chunks larger than its first buffers', () => {
    const crowded = { ...created(0), tags: Array.from({ length: 1000 }, (_, n) => `tag ${n}`) };
    expect(unpackSteps(packSteps([crowded, created(1)]))).toStrictEqual([crowded, created(1)]);
  });

  it('refuses a value a step never holds rather than changing it', () => {
    const odd = { ...steps[0]!, tags: [new Date(0)] } as unknown as ContactStep;
    expect(() => packSteps([odd])).toThrow(TypeError);
  });

  it('hands the writer every step the planner sent, in order', () => {
    const { port1, port2 } = new MessageChannel();
    const state = linkState();
    const made = madeFieldsSlots(2);
    const sender = new StepSender({ port: port1, state, made }, new Int32Array(4));
    sender.send(steps.slice(0, 2));
    sender.send(steps.slice(2));
    sender.end();
    expect([...receiveSteps({ port: port2, state, made }, () => false, undefined, [41, 42])]).toStrictEqual(structuredClone(steps));
    // The ids of the fields the writer made reach the planner with the go.
    expect(sender.waitForGo()).toBe(true);
    expect(sender.madeFields(2)).toEqual([41, 42]);
    port1.close();
  });

  it('lets the writer do its own work while no step is there yet, and still hands it every step in order', () => {
    const { port1, port2 } = new MessageChannel();
    const state = linkState();
    const made = madeFieldsSlots(0);
    const sender = new StepSender({ port: port1, state, made }, new Int32Array(4));
    let pieces = 0;
    // Each piece of the writer's work that finds nothing sent yet ends with the planner sending a chunk.
    const rest = [steps.slice(0, 2), steps.slice(2)];
    const whileWaiting = () => {
      pieces++;
      const chunk = rest.shift();
      if (chunk) sender.send(chunk);
      else sender.end();
      return true;
    };
    expect([...receiveSteps({ port: port2, state, made }, () => false, whileWaiting)]).toStrictEqual(structuredClone(steps));
    expect(pieces).toBe(3);
    port1.close();
  });
});
