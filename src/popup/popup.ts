// The toolbar popup: lists interviews and adds one. It never writes storage itself: it asks
// the worker, the single writer, and re-renders from what the worker stored.
import browser from 'webextension-polyfill';
import { agenda } from '../core/agenda.ts';
import type { InterviewField, InterviewInput } from '../core/interviewInput.ts';
import { validateInterview } from '../core/interviewInput.ts';
import type { PageMessage } from '../core/messages.ts';
import type { AddResponse, StateResponse } from '../background/router.ts';

const FIELDS: InterviewField[] = ['company', 'role', 'at', 'interviewerName', 'linkedinUrl', 'facebookUrl'];

const form = byId<HTMLFormElement>('add-form');
const list = byId<HTMLUListElement>('interviews');
const empty = byId<HTMLParagraphElement>('empty');
const status = byId<HTMLParagraphElement>('status');
const problem = byId<HTMLParagraphElement>('problem');

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup markup is missing #${id}`);
  return element as T;
}

function send<T>(message: PageMessage): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

async function render() {
  const { state, problem: trouble } = await send<StateResponse>({ type: 'getState' });
  problem.hidden = !trouble;
  problem.textContent = trouble ? `${trouble} It has been kept aside and nothing was deleted.` : '';
  const items = agenda(state, new Date());
  empty.hidden = items.length > 0;
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const title = document.createElement('div');
      title.className = 'title';
      title.textContent = item.role ? `${item.company} · ${item.role}` : item.company;
      const when = document.createElement('div');
      when.className = 'meta';
      const time = document.createElement('time');
      time.dateTime = item.at;
      time.textContent = `${item.relative} (${item.absolute})`;
      when.append(time);
      const who = document.createElement('div');
      who.className = 'meta';
      who.textContent = `With ${item.interviewers.join(', ')}`;
      li.append(title, when, who);
      return li;
    }),
  );
}

function readForm(): InterviewInput {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
  const local = value('at');
  // datetime-local has no zone: it is the user's wall-clock time, read in the browser's zone.
  const instant = local ? new Date(local) : undefined;
  return {
    company: value('company'),
    role: value('role'),
    at: instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    interviewerName: value('interviewerName'),
    linkedinUrl: value('linkedinUrl'),
    facebookUrl: value('facebookUrl'),
  };
}

function showErrors(errors: Partial<Record<InterviewField, string>>) {
  for (const field of FIELDS) {
    const input = byId<HTMLInputElement>(field);
    const message = errors[field];
    byId(`${field}-error`).textContent = message ?? '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const first = FIELDS.find((f) => errors[f]);
  if (first) byId<HTMLInputElement>(first).focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});

async function submit() {
  const input = readForm();
  // Checked here for instant messages next to the fields; the worker checks again.
  const local = validateInterview(input);
  if (!local.ok) {
    showErrors(local.errors);
    status.textContent = 'Nothing was saved: please correct the highlighted fields.';
    return;
  }
  const reply = await send<AddResponse>({ type: 'addInterview', input });
  if (!reply.ok) {
    showErrors(reply.errors);
    status.textContent = 'Nothing was saved: please correct the highlighted fields.';
    return;
  }
  showErrors({});
  form.reset();
  status.textContent = `Added your interview with ${local.value.company}.`;
  await render();
}

void render();
