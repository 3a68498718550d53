// The one small script every page has. Every page reads, navigates and
// prints without it; it only adds:
//   1. print buttons, and the date on every printout;
//   2. on a tool's pages, loading the tool's WebAssembly, with progress, a
//      message when it is slow, and a clear failure with "Try again";
//   3. the "Delete everything on this device" page;
//   4. working offline: the service worker (web/sw.js), the footer's
//      offline status, and "a new version is available";
//   5. on the questionnaire's pages (plain HTML, one section per point,
//      shown by the address's fragment): focus and title for the section
//      shown, and the answers kept in this tab for the referral form.
// It sends nothing anywhere. The only thing it stores is 5's answers, in
// this tab's session storage, in the format the referral form reads.

const byId = (id) => document.getElementById(id);

// 1. Print buttons (hidden in the HTML, so that without JavaScript there is
// no button that does nothing: the browser's own Print still works).
for (const button of document.querySelectorAll('[data-action="print"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// Every printout says when it was printed: at the top (the print header,
// which without JavaScript still says when the guidance was last reviewed)
// and at the foot of every sheet, with its number. The sheets' margins are
// set through the CSS object model (the Content-Security-Policy allows no
// inline style); the rule is added once and only its words change, so a
// tool's own @page rule (the referral's marking) keeps its place.
const printedOn = byId('printed-on');
let pageRule = null;

function marginRule() {
  try {
    const sheet = document.styleSheets[0];
    const index = sheet.insertRule(
      '@page { @bottom-left { content: ""; font: 8pt Arial, sans-serif; } '
      + '@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; } }',
      sheet.cssRules.length,
    );
    return sheet.cssRules[index];
  } catch {
    return null; // no margin boxes in this browser: the header still has the date
  }
}

function datePrintout() {
  if (!printedOn) return;
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const words = printedOn.dataset.template.replace('{date}', today);
  printedOn.textContent = `${words} · `;
  pageRule = pageRule || marginRule();
  for (const box of pageRule?.cssRules || []) {
    if (box.name === 'bottom-left') box.style.setProperty('content', JSON.stringify(words));
  }
}

// Sources notes are closed disclosures on screen; print styles open them,
// and so does this, for browsers whose print styles cannot.
let openedForPrint = [];
window.addEventListener('beforeprint', () => {
  datePrintout();
  openedForPrint = [...document.querySelectorAll('details.sources:not([open])')];
  for (const details of openedForPrint) details.open = true;
});
window.addEventListener('afterprint', () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
});
// Also now, for printing that does not announce itself (some browsers'
// "save as PDF", or a program printing the page).
if (document.readyState === 'complete') datePrintout();
else window.addEventListener('load', datePrintout);

// 2. The tool on this page, if any.
const STALL_MS = 15000; // no progress for this long: stop and offer a retry
const SLOW_MS = 8000; // not finished after this long: say it may be slow

function loadTool(tool) {
  const { js, wasm, wasmBytes } = tool.dataset;
  const loading = byId('tool-loading');
  const progress = byId('tool-progress');
  const slow = byId('tool-slow');
  const failed = byId('tool-failed');
  let attempt = 0;

  async function attemptLoad() {
    attempt += 1;
    loading.hidden = false;
    failed.hidden = true;
    slow.hidden = true;
    progress.removeAttribute('value');
    const controller = new AbortController();
    let stallTimer;
    let rejectStall;
    const stalled = new Promise((_, reject) => { rejectStall = reject; });
    const stillMoving = () => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => {
        const error = new Error('the download stopped');
        controller.abort(error);
        rejectStall(error);
      }, STALL_MS);
    };
    const slowTimer = setTimeout(() => { slow.hidden = false; }, SLOW_MS);
    stillMoving();
    try {
      // A failed module import is remembered under its address, so a retry
      // asks under a new one (the service worker and server ignore it).
      const moduleUrl = attempt === 1 ? js : `${js}?attempt=${attempt}`;
      const [module, response] = await Promise.race([
        Promise.all([import(moduleUrl), fetch(wasm, { signal: controller.signal })]),
        stalled,
      ]);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const total = Number(wasmBytes) || 0;
      if (total > 0) progress.max = total;
      let received = 0;
      const reader = response.body.getReader();
      const counted = new ReadableStream({
        async pull(sink) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              sink.close();
              return;
            }
            received += value.byteLength;
            stillMoving();
            if (total > 0) progress.value = Math.min(received, total);
            sink.enqueue(value);
          } catch (error) {
            sink.error(error);
          }
        },
      });
      const body = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
      // Starts the tool: it draws its page in place of #tool's contents.
      await Promise.race([module.default({ module_or_path: body }), stalled]);
    } catch (error) {
      console.warn(`The tool could not be loaded: ${error && error.message}`);
      loading.hidden = true;
      failed.hidden = false;
      byId('tool-retry').focus();
    } finally {
      clearTimeout(stallTimer);
      clearTimeout(slowTimer);
    }
  }

  byId('tool-retry').addEventListener('click', attemptLoad);
  attemptLoad();
}

const tool = byId('tool');
if (tool) loadTool(tool);

// 3. "Delete everything on this device": show what is stored now, and
// delete it. Storage may be blocked: reading it then throws.
function storageArea(name) {
  try {
    return name === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function deletePage(page) {
  const items = page.querySelectorAll('li[data-key]');
  const show = () => {
    let any = false;
    for (const item of items) {
      let present = false;
      try {
        present = storageArea(item.dataset.area)?.getItem(item.dataset.key) != null;
      } catch {
        present = false;
      }
      item.hidden = !present;
      any = any || present;
    }
    byId('stored-heading').hidden = !any;
    byId('stored-now').hidden = !any;
    byId('nothing-stored').hidden = any;
  };
  const button = byId('delete-everything');
  button.hidden = false;
  button.addEventListener('click', () => {
    for (const name of ['local', 'session']) {
      try {
        storageArea(name)?.clear();
      } catch {
        // Blocked storage holds nothing of ours.
      }
    }
    byId('delete-form').hidden = true;
    byId('delete-done').hidden = false;
    byId('deleted-heading').focus();
  });
  window.addEventListener('storage', show);
  show();
}

const deleting = byId('delete-page');
if (deleting) deletePage(deleting);

// 4. Working offline.
function offline() {
  const status = byId('offline-status');
  const say = (text) => {
    if (status && text) {
      status.textContent = text;
      status.hidden = false;
    }
  };
  const banner = byId('update-banner');
  const hadController = Boolean(navigator.serviceWorker.controller);
  let updating = false;
  let waiting = null;

  const offerUpdate = (worker) => {
    waiting = worker;
    banner.hidden = false;
  };
  byId('update-reload').addEventListener('click', () => {
    updating = true;
    if (waiting) waiting.postMessage('skip-waiting');
    else window.location.reload();
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) window.location.reload();
    // A new version took over from another tab: this page's files may be
    // gone from the device, so offer to reload it.
    else if (hadController) offerUpdate(null);
  });

  navigator.serviceWorker.register('/sw.js').then((registration) => {
    const watch = (worker) => {
      if (!worker) return;
      if (!hadController) say(status.dataset.saving);
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && hadController) offerUpdate(worker);
        if (worker.state === 'activated' && !hadController) say(status.dataset.ready);
      });
    };
    if (registration.waiting && hadController) offerUpdate(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    if (registration.active && !registration.installing) say(status.dataset.ready);
  }).catch((error) => {
    console.warn(`Offline use is not available: ${error && error.message}`);
  });
}

if ('serviceWorker' in navigator) {
  // After the page and its tool have loaded, so saving the site for offline
  // use never slows the first visit.
  if (document.readyState === 'complete') offline();
  else window.addEventListener('load', offline);
}

// 5. The questionnaire. Each question, check page and result is a section
// of the page, shown by the style sheet when the address's fragment names
// it (the fragment never reaches the server). This moves focus to the
// section's heading and names the page after it, as a new page would, and
// on a result keeps its answers in this tab for the referral form.
const ANSWERS_KEY = 'scr-guide.criteria';
const REFERRAL_KEY = 'scr-guide.referral';
const RETURN_KEY = 'scr-guide.return';

function questionnaire(root) {
  const suffix = document.title.includes(' – ') ? document.title.slice(document.title.indexOf(' – ')) : '';
  const show = (moveFocus) => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const visible = (el) => el.getClientRects().length > 0;
    // A result's anchor: the page's style sheet shows its outcome and the
    // rows of its answers.
    const result = target?.classList.contains('qn-r');
    const section = (result && [...root.querySelectorAll('.qn-o')].find(visible))
      || target?.closest('.qn-node, .qn-start')
      || root.querySelector('.qn-start');
    // The answers, in the stored format the referral form reads.
    const answers = result ? JSON.stringify({
      format: root.dataset.format,
      version: Number(root.dataset.version),
      answers: {
        rule_set: root.dataset.ruleSet,
        answers: Object.fromEntries([...root.querySelectorAll('li.qn-row')].filter(visible)
          .map((row) => row.dataset.answer.split(':'))),
        parallel: null,
      },
    }) : null;
    const heading = section?.querySelector('h1');
    if (!heading) return;
    document.title = heading.textContent.trim() + suffix;
    if (moveFocus) heading.focus();
    if (answers) {
      try {
        window.sessionStorage.setItem(ANSWERS_KEY, answers);
      } catch {
        // Storage blocked or full: the result still shows; the referral
        // form will ask for the answers again.
      }
    }
    // A referral under way in this tab: go back to it, at its case section.
    const refer = section.querySelector('.qn-refer');
    // The form keeps the section a person left for the questionnaire; only
    // an address in the form is followed (never one from elsewhere).
    let started = false;
    let back = null;
    try {
      started = window.sessionStorage.getItem(REFERRAL_KEY) != null;
      back = window.sessionStorage.getItem(RETURN_KEY);
    } catch {
      started = false;
    }
    const inForm = back && /^\/referral\/[a-z-]+$/.test(back) ? back : null;
    if (refer && (started || inForm)) {
      refer.href = inForm || refer.dataset.return;
      refer.textContent = 'Return to the referral form';
    }
  };
  window.addEventListener('hashchange', () => show(true));
  // Which parts are shown depends on the style sheets: wait for them.
  const first = () => show(window.location.hash.length > 1);
  if (document.readyState === 'complete') first();
  else window.addEventListener('load', first);
}

const questions = document.querySelector('.qn');
if (questions) questionnaire(questions);
