// knownline's pages in a real headless Chromium: check → report → triage → reply, a check
// link used without an account, verify a caller, editing a directory, one organisation's
// member kept out of another's incident, and every page checked against WCAG 2.1 AA by axe-core. Run by the Rust test
// `serve::pages_work_in_a_real_browser`, which starts the server and the people:
//   BASE_URL=http://127.0.0.1:PORT SHOTS=DIR node flows.mjs
// Screenshots of every step are saved in SHOTS.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";

const base = process.env.BASE_URL;
const shots = process.env.SHOTS || "screenshots";
const password = "correct horse battery staple";
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// axe-core checks each page against WCAG 2.1 A and AA (labels, contrast, names, structure).
// It is evaluated through the browser's debugging protocol, which the pages' CSP does not cover.
const axeSource = readFileSync(new URL("./node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
async function accessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  const problems = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
  check(problems.length === 0, `${what} passes WCAG 2.1 AA checks${problems.length ? ":\n  " + problems.join("\n  ") : ""}`);
}

function check(ok, what) {
  if (!ok) throw new Error(`failed: ${what}`);
  console.log(`ok: ${what}`);
}

async function signIn(email) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${base}/check`);
  return page;
}

let failed = false;
try {
  // A member checks a call and reports it.
  const ann = await signIn("ann@acme.example");
  await ann.screenshot({ path: `${shots}/01-check.png`, fullPage: true });
  await accessible(ann, "the Check page");
  await ann.getByLabel("What was it?").selectOption("call");
  await ann.getByLabel(/Paste it here/).fill(
    "Caller: Hello, this is Windows technical support. Your computer is sending us errors.\n" +
    "Caller: Please install AnyDesk and read me the code so I can fix it. Do not tell anyone.");
  await ann.getByRole("button", { name: "Check", exact: true }).click();
  const verdict = await ann.locator("h1.verdict").innerText();
  check(/scam/i.test(verdict), `the verdict is shown in words (${verdict})`);
  // Action first: on a 390 x 844 phone screen the verdict and the first step are visible
  // before any scrolling; the navigation has folded into a "Menu" link.
  const screen = ann.viewportSize();
  const firstStep = ann.locator("ol.playbook li").first();
  const stepBox = await firstStep.boundingBox();
  const verdictBox = await ann.locator("h1.verdict").boundingBox();
  check(stepBox && verdictBox && verdictBox.y >= 0 && stepBox.y + stepBox.height <= screen.height,
    `the verdict and the first step fit the first ${screen.width} x ${screen.height} screen (step ends at ${stepBox && Math.round(stepBox.y + stepBox.height)} px)`);
  check(/hang up/i.test(await firstStep.innerText()), `the first step of a call is to hang up (${await firstStep.innerText()})`);
  check(await ann.getByRole("link", { name: "Menu" }).isVisible(), "the navigation folds into a Menu link on a phone");
  const whyAt = (await ann.getByRole("heading", { name: "Why" }).boundingBox()).y;
  check(whyAt > stepBox.y, "the steps come before the reasons");
  check(await ann.locator("ul.reasons").first().locator("li").count() <= 3, "at most three reasons up front");
  check(await ann.locator("mark").count() > 0, "the evidence is marked in the contact");
  await ann.screenshot({ path: `${shots}/02-result.png`, fullPage: true });
  await accessible(ann, "the result page");
  await ann.getByLabel(/Anything IT support should know/).fill("He called my desk phone at 10am");
  await ann.getByRole("button", { name: "Report to IT support" }).click();
  const reference = (await ann.locator("code").first().innerText()).trim();
  check(reference.length === 16, `the report is acknowledged with a reference (${reference})`);
  await ann.screenshot({ path: `${shots}/03-reported.png`, fullPage: true });

  // IT support finds it in the queue and confirms the scam.
  const ida = await signIn("ida@acme.example");
  await ida.getByRole("link", { name: "Incidents" }).click();
  await ida.getByLabel("status").selectOption("new");
  await ida.getByRole("button", { name: "Filter" }).click();
  await ida.screenshot({ path: `${shots}/04-queue.png`, fullPage: true });
  await accessible(ida, "the incident queue");
  await ida.locator(`a[href="/incidents/${reference}"]`).click();
  check((await ida.content()).includes("He called my desk phone"), "the reporter's note is on the incident");
  await ida.getByLabel("Status").selectOption("confirmed_scam");
  await ida.getByLabel(/Private note/).fill("Fake Microsoft call; warned the office");
  await ida.getByLabel(/Reply to the person/).fill("This was a scam — you did exactly the right thing by reporting it.");
  await ida.getByRole("button", { name: "Save" }).click();
  check((await ida.content()).includes("Status: Confirmed scam"), "the incident is confirmed as a scam");
  await ida.screenshot({ path: `${shots}/05-triaged.png`, fullPage: true });
  await accessible(ida, "the incident page");
  // The reporter reads the status and IT support's reply, never the private note.
  await ann.goto(`${base}/incidents/${reference}`);
  const theirs = await ann.content();
  check(theirs.includes("you did exactly the right thing") && theirs.includes("Confirmed scam"), "the reporter reads the reply and the status");
  check(!theirs.includes("warned the office"), "the reporter never sees IT support's note");
  await ann.screenshot({ path: `${shots}/05a-reporter.png`, fullPage: true });
  await accessible(ann, "the reporter's incident page");
  await ida.goto(`${base}/indicators`);
  check((await ida.content()).includes("Shared scam list"), "IT support sees the shared scam list");
  await ida.screenshot({ path: `${shots}/05e-indicators.png`, fullPage: true });
  await accessible(ida, "the shared scam list");

  // IT support adds the organisation's bank to its directory.
  await ida.getByRole("link", { name: "Directory" }).click();
  await ida.getByLabel("Name", { exact: true }).fill("First Harbor Bank");
  await ida.getByLabel("Role").selectOption("bank");
  await ida.getByLabel(/Phone numbers/).fill("+1 212 555 0111");
  await ida.getByLabel(/Email domains/).fill("firstharbor.com");
  await ida.getByRole("button", { name: "Save entry" }).click();
  check((await ida.locator("table").innerText()).includes("+1 212-555-0111"), "a directory entry is added");
  await ida.screenshot({ path: `${shots}/05b-directory.png`, fullPage: true });
  await accessible(ida, "the directory page");

  // IT support makes the organisation's check link; someone without an account uses it.
  await ida.getByRole("link", { name: "Organisations" }).click();
  await ida.getByRole("link", { name: "Acme" }).click();
  await ida.getByRole("button", { name: "Make a new link" }).click();
  const link = (await ida.locator("p.fresh code").innerText()).trim();
  check(link.includes("/c/"), `a check link is shown once (${link.slice(0, 30)}…)`);
  await ida.screenshot({ path: `${shots}/05c-settings.png`, fullPage: true });
  await accessible(ida, "the organisation's settings page");
  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await visitor.goto(link);
  check((await visitor.content()).includes("Acme"), "the check link's page names the organisation");
  await accessible(visitor, "the check link's page");
  await visitor.getByLabel(/Paste it here/).fill(
    "URGENT: your bank account is locked. Call our fraud department at 1-888-555-0175 now and " +
    "read us the code we text you. Do not hang up or your account will be closed.");
  await visitor.getByRole("button", { name: "Check", exact: true }).click();
  const visitorVerdict = await visitor.locator("h1.verdict").innerText();
  check(/scam|suspicious/i.test(visitorVerdict), `a visitor gets a verdict (${visitorVerdict})`);
  await visitor.getByLabel(/Your name/).fill("Vic at the front desk");
  await visitor.getByLabel(/Your email/).fill("vic@acme.example");
  await visitor.getByRole("button", { name: "Report to IT support" }).click();
  check((await visitor.locator("h1").innerText()).includes("Reported"), "a visitor reports without an account");
  await visitor.screenshot({ path: `${shots}/05d-visitor-reported.png`, fullPage: true });

  // A German browser reads the result in German, steps first, the rest of the reasons behind
  // "Weitere Gründe" (a <details>, no script), at desktop width too.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "de-DE" });
    const de = await context.newPage();
    await de.goto(`${base}/login`);
    check(await de.locator("html").getAttribute("lang") === "de", "the sign-in page of a German browser is German");
    await de.getByLabel("E-Mail-Adresse").fill("ann@acme.example");
    await de.getByLabel("Passwort").fill(password);
    await de.getByRole("button", { name: "Anmelden" }).click();
    await de.waitForURL(`${base}/check`);
    check(await de.getByRole("link", { name: "Ihr Konto" }).first().isVisible(), "the navigation is German too");
    check(await de.locator("html").getAttribute("lang") === "de", "the Check page of a German browser is German");
    await de.getByLabel("Was war es?").selectOption("call");
    await de.getByLabel(/Fügen Sie es hier ein/).fill(
      "Caller: Hello, this is Microsoft technical support. Your computer has a virus and hackers are in your bank account.\n" +
      "Caller: Install AnyDesk now and read me the nine-digit code. The fee is $299, pay with Google Play gift cards.\n" +
      "Caller: Don't tell anyone and don't turn off your computer, or you will lose everything within 24 hours.");
    await de.getByRole("button", { name: "Prüfen", exact: true }).click();
    const h1 = await de.locator("h1.verdict").innerText();
    check(/Betrug/.test(h1), `a German reader gets the verdict in German (${h1})`);
    check(await de.getByRole("heading", { name: "Was Sie jetzt tun sollten" }).isVisible(), "the steps' heading is German");
    check(/^Legen Sie auf/.test(await de.locator("ol.playbook li").first().innerText()), "the first step is German and says to hang up");
    check(await de.locator("html").getAttribute("lang") === "de", "the result page says its language");
    const more = de.locator("details.more");
    check(await more.count() === 1 && !(await more.getAttribute("open")), "further reasons wait behind a closed <details>");
    await de.screenshot({ path: `${shots}/02b-result-de-1280.png`, fullPage: true });
    await accessible(de, "the German result page");
    await de.setViewportSize({ width: 390, height: 844 });
    await de.goto(`${base}/account`);
    check(await de.getByRole("heading", { name: "Ihr Konto" }).isVisible(), "the account page is German");
    check(await de.getByLabel(/Sprache/).count() === 1, "the account page offers a language");
    await de.screenshot({ path: `${shots}/02c-account-de-390.png`, fullPage: true });
    await accessible(de, "the German account page");
    await context.close();
  }

  // Another organisation's member cannot reach it.
  const bob = await signIn("bob@bravo.example");
  const response = await bob.goto(`${base}/incidents/${reference}`);
  check(response.status() === 404, "another organisation's member gets 404");
  await bob.screenshot({ path: `${shots}/06-other-org.png`, fullPage: true });

  // Verify a caller, by keyboard alone.
  await ann.goto(`${base}/verify`);
  await ann.getByLabel("Who did they say they were?").focus();
  await ann.keyboard.type("Microsoft support");
  await ann.keyboard.press("Tab");
  await ann.keyboard.type("+1 888 555 0142");
  await ann.keyboard.press("Enter");
  await ann.waitForSelector("p.callback");
  const callBack = await ann.locator("p.callback").innerText();
  check(/IT support/i.test(callBack), `the answer says whom to call back (${callBack})`);
  await ann.screenshot({ path: `${shots}/07-verify.png`, fullPage: true });
  await accessible(ann, "the callback answer");
  await ann.getByRole("button", { name: "It was a scam" }).click();
  check((await ann.content()).includes("Recorded as a scam"), "the outcome is recorded");

  // Every other page, as the admin sees it, and the sign-in page.
  const root = await signIn("root@msp.example");
  for (const path of ["/verify", "/incidents", "/directory", "/campaigns", "/orgs", "/tokens", "/users", "/audit", "/account"]) {
    await root.goto(`${base}${path}`);
    await accessible(root, `the page ${path}`);
  }
  await root.goto(`${base}/users`);
  await root.getByRole("link", { name: "ann@acme.example" }).click();
  await accessible(root, "a user's page");
  await root.screenshot({ path: `${shots}/08-user.png`, fullPage: true });
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`${base}/login`);
  await accessible(anonymous, "the sign-in page");
} catch (e) {
  console.error(e.message);
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
