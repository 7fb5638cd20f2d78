'use strict';
// The desk's page: plain JavaScript over the sample's REST API (/api/...) and Actuator.
// Amounts travel in minor units (2500 = 25.00), as in Voucherify's API.

const PAGE_SIZE = 8;
const view = { page: 1, category: '', code: null, active: null, loyalty: false };
// The currency of the project's amounts, from /api/desk; Voucherify itself does not say.
const desk = { currency: 'EUR', fractionDigits: 2 };

const $ = (selector) => document.querySelector(selector);

// Builds an element; children are text or elements, never HTML, so voucher codes cannot inject markup.
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  children.forEach((child) => element.append(child ?? ''));
  return element;
}

// Calls our API; an error reply is an RFC 9457 problem, thrown as is.
async function api(path, options) {
  const response = await fetch(path, options);
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw body || { title: response.statusText, status: response.status };
  }
  return body;
}

function showMessage(text, ok) {
  const message = $('#message');
  message.textContent = text;
  message.className = ok ? 'ok' : '';
  message.hidden = false;
}

function showProblem(problem) {
  const retry = problem.status === 503 ? ' (try again shortly)' : '';
  showMessage(`${problem.title || 'Error'}: ${problem.detail || ''}${retry}`, false);
}

const money = (minor) => new Intl.NumberFormat('en-US', {
  style: 'currency', currency: desk.currency,
  minimumFractionDigits: desk.fractionDigits, maximumFractionDigits: desk.fractionDigits,
}).format(minor / 10 ** desk.fractionDigits);
// A gift card's balance is money; a loyalty card's is points.
const balanceText = (value) => (view.loyalty ? `${value} points` : money(value));

function describeValue(voucher) {
  if (voucher.gift) return money(voucher.gift.balance ?? voucher.gift.amount ?? 0);
  if (voucher.loyalty_card) return `${voucher.loyalty_card.balance ?? voucher.loyalty_card.points ?? 0} points`;
  const discount = voucher.discount || {};
  if (discount.percent_off != null) return `${discount.percent_off}% off`;
  if (discount.amount_off != null) return `${money(discount.amount_off)} off`;
  return '';
}

// Numbers each list request, so a slow reply to an older one never replaces a newer one's.
let listRequests = 0;

async function loadVouchers() {
  const request = ++listRequests;
  const query = new URLSearchParams({ page: view.page, limit: PAGE_SIZE });
  if (view.category) query.set('category', view.category);
  try {
    const page = await api(`/api/vouchers?${query}`);
    if (request !== listRequests) return;
    const rows = page.vouchers.map((voucher) => {
      const row = el('tr', { 'data-code': voucher.code },
        el('td', {}, voucher.code), el('td', {}, voucher.type), el('td', {}, voucher.category),
        el('td', { class: 'number' }, describeValue(voucher)), el('td', {}, voucher.active ? 'yes' : 'no'));
      if (voucher.code === view.code) row.classList.add('selected');
      row.addEventListener('click', () => openCard(voucher.code));
      return row;
    });
    $('#vouchers tbody').replaceChildren(...rows);
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    $('#page-info').textContent = `page ${page.page} of ${pages} (${page.total} vouchers)`;
    $('#previous-page').disabled = page.page <= 1;
    $('#next-page').disabled = !page.has_more;
  } catch (problem) {
    showProblem(problem);
  }
}

async function openCard(code) {
  view.code = code;
  try {
    const voucher = await api(`/api/vouchers/${encodeURIComponent(code)}`);
    view.active = voucher.active;
    view.loyalty = Boolean(voucher.loyalty_card);
    $('#card-code').textContent = voucher.code;
    $('#card-type').textContent = voucher.type;
    $('#card-balance').textContent = describeValue(voucher);
    $('#card-active').textContent = voucher.active ? 'yes' : 'no';
    $('#toggle-active').textContent = voucher.active ? 'Disable' : 'Enable';
    // Only gift and loyalty cards carry a balance Voucherify lets us change.
    $('#balance-form').hidden = !(voucher.gift || voucher.loyalty_card);
    $('#card-panel').hidden = false;
    document.querySelectorAll('#vouchers tbody tr')
      .forEach((row) => row.classList.toggle('selected', row.dataset.code === code));
    await loadHistory(code);
  } catch (problem) {
    showProblem(problem);
  }
}

async function loadHistory(code) {
  // The whole history: exported by Voucherify, awaited and streamed by the desk.
  $('#history-csv').href = `/api/vouchers/${encodeURIComponent(code)}/transactions/export.csv`;
  const history = await api(`/api/vouchers/${encodeURIComponent(code)}/transactions?limit=20`);
  const rows = history.data.map((transaction) => {
    const balance = (transaction.details && transaction.details.balance) || {};
    return el('tr', {},
      el('td', {}, new Date(transaction.created_at).toLocaleString()), el('td', {}, transaction.type),
      el('td', { class: 'number' }, balanceText(balance.amount ?? balance.points ?? 0)),
      el('td', { class: 'number' }, balanceText(balance.balance ?? 0)), el('td', {}, transaction.reason));
  });
  $('#history tbody').replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 5 }, 'No transactions yet'))]));
}

async function changeBalance(direction) {
  const entered = parseFloat($('#amount').value);
  const amount = view.loyalty ? Math.round(entered) : Math.round(entered * 10 ** desk.fractionDigits);
  const body = JSON.stringify({ amount, reason: $('#reason').value || null });
  try {
    const result = await api(`/api/vouchers/${encodeURIComponent(view.code)}/balance/${direction}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const done = direction === 'top-up' ? 'Topped up' : 'Deducted';
    // The reply was lost and the starter found the change among the card's transactions.
    const settled = result.reconciliation ? ' (Voucherify\'s reply was lost; confirmed from the card\'s history)' : '';
    showMessage(`${done} ${balanceText(amount)}; balance is now ${balanceText(result.balance)}${settled}`, true);
  } catch (problem) {
    showProblem(problem);
  }
  await refreshAfterChange();
}

async function toggleActive() {
  const action = view.active ? 'disable' : 'enable';
  try {
    await api(`/api/vouchers/${encodeURIComponent(view.code)}/${action}`, { method: 'POST' });
    showMessage(`${view.code} ${action}d`, true);
  } catch (problem) {
    showProblem(problem);
  }
  await refreshAfterChange();
}

async function refreshAfterChange() {
  await Promise.all([openCard(view.code), loadVouchers()]);
  await loadMetrics();
}

// Actuator lists the timer's tags; one drill-down per operation gives its count, total and max time.
async function loadMetrics() {
  const base = '/actuator/metrics/voucherify.client.operation';
  const response = await fetch(base);
  if (response.status === 404) {
    $('#metrics tbody').replaceChildren(el('tr', {}, el('td', { colspan: 4 }, 'No calls yet')));
    return;
  }
  const metric = await response.json();
  const tag = metric.availableTags.find((t) => t.tag === 'voucherify.operation') || { values: [] };
  const rows = await Promise.all([...tag.values].sort().map(async (operation) => {
    const drillDown = await (await fetch(`${base}?tag=${encodeURIComponent(`voucherify.operation:${operation}`)}`)).json();
    const statistic = (name) => (drillDown.measurements.find((m) => m.statistic === name) || { value: 0 }).value;
    const count = statistic('COUNT');
    const meanMs = count ? (statistic('TOTAL_TIME') * 1000) / count : 0;
    return el('tr', { 'data-operation': operation },
      el('td', {}, operation), el('td', { class: 'number' }, String(count)),
      el('td', { class: 'number' }, `${meanMs.toFixed(1)} ms`),
      el('td', { class: 'number' }, `${(statistic('MAX') * 1000).toFixed(1)} ms`));
  }));
  $('#metrics tbody').replaceChildren(...rows);
}

$('#category').addEventListener('change', (event) => {
  view.category = event.target.value;
  view.page = 1;
  loadVouchers();
});
$('#previous-page').addEventListener('click', () => { view.page -= 1; loadVouchers(); });
$('#next-page').addEventListener('click', () => { view.page += 1; loadVouchers(); });
$('#balance-form').addEventListener('submit', (event) => { event.preventDefault(); changeBalance('top-up'); });
$('#deduct').addEventListener('click', () => changeBalance('deduct'));
$('#toggle-active').addEventListener('click', toggleActive);
$('#refresh-metrics').addEventListener('click', loadMetrics);

api('/api/desk')
  .then((info) => {
    desk.currency = info.currency;
    desk.fractionDigits = info.fraction_digits;
    $('#amount-currency').textContent = info.currency;
  })
  .catch(showProblem)
  .then(loadVouchers)
  .then(loadMetrics);
