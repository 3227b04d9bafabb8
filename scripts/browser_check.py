#!/usr/bin/env python3
"""Loads every dashboard page in headless Chromium through the DevTools protocol, fails on console errors,
uncaught exceptions and failed requests, and keeps a screenshot of each page (laptop and phone sizes).

Usage: browser_check.py BASE_URL OUT_DIR   (needs chromium and the websocket-client package)
"""
import base64
import http.cookiejar
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import re
import time
import urllib.parse
import urllib.request

import websocket

PAGES = [
    "/", "/clusters", "/clusters/auto", "/clusters/huadu-auto", "/enterprises", "/enterprises?q=%E6%B1%BD%E8%BD%A6%E9%9B%B6%E9%83%A8%E4%BB%B6",
    "/enterprises?district=huadu&designation=above-scale", "/enterprises/hongli", "/projects",
    "/enterprises?district=%E5%B9%BF%E5%B7%9E%E5%B8%82%E8%8A%B1%E9%83%BD%E5%8C%BA", "/enterprises?district=%E8%8A%B1%E5%BA%A6%E5%8C%BA",
    "/projects/hongli-mini-micro-led-1", "/projects/hongli-led-backlight-2", "/pipeline", "/pipeline?enterprise=%E9%B8%BF%E5%88%A9", "/checks",
    "/documents", "/documents/1", "/indicators",
    "/layout", "/layout?measure=above-scale", "/layout?scope=province", "/places/huadu", "/places/conghua", "/sources",
    "/clusters/huadu-auto?gap=parts", "/clusters/auto?place=panyu",
    "/specialisation", "/specialisation?level=class&sort=huadu", "/places/huadu/opportunities",
]
# Printed on A4 through DevTools (Page.printToPDF) in both languages; the PDFs are kept beside the screenshots.
PRINT_PAGES = ["/", "/clusters/auto", "/places/huadu"]
# The printable width of A4 with the print stylesheet's 12 mm side margins, in CSS pixels (186 mm at 96 dpi).
PRINT_WIDTH = 703
NOT_FOUND = ["/no-such-page"]
# Loaded signed in as the admin ZHIZAO_CHECK_USER when it is set (browser-check.sh makes one): the pages of those
# who write, the record pages with their edit forms, the admin, account and audit pages; "upload" checks a file
# with problems (ZHIZAO_CHECK_UPLOAD) through the import form and shows the preview.
SIGNED_IN_PAGES = [
    "/imports", "/documents/new", "/documents/1", "upload", "upload-xlsx", "/admin/users", "/admin/tokens", "/audit", "/account",
    "/enterprises/hongli", "/projects/hongli-mini-micro-led-1", "/enterprises/hongli/merge?into=cansemi",
]
SIZES = {"laptop": (1366, 768, False), "phone": (390, 844, True)}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Page:
    """One Chromium tab driven over its DevTools websocket."""

    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.settimeout(60)
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for message in self.events:
                if message.get("method") == event:
                    return True
            self.ws.settimeout(max(0.1, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
        return False

    def drain(self, seconds):
        self.ws.settimeout(seconds)
        try:
            while True:
                self.events.append(json.loads(self.ws.recv()))
        except websocket.WebSocketTimeoutException:
            pass


def sign_in(base, name, password):
    """Signs in through the form as a browser would; returns the session cookie's name and value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(f"{base}/login").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"csrf": token, "name": name, "password": password, "next": "/"}).encode()
    opener.open(f"{base}/login", data=data)
    session = next(c for c in jar if c.name == "zz_session")
    return session.name, session.value


def upload(page, path):
    """Chooses `path` in the import form's file field and submits the form (DevTools, not a page script)."""
    root = page.call("DOM.getDocument")["root"]["nodeId"]
    field = page.call("DOM.querySelector", nodeId=root, selector="input[type=file]")["nodeId"]
    page.call("DOM.setFileInputFiles", nodeId=field, files=[path])
    page.events = []
    page.call("Runtime.evaluate", expression="document.querySelector('form.upload').submit()")


def print_check(page, base, path, lang, out):
    """Prints `path` to an A4 PDF with the print stylesheet and says what is wrong: the navigation or a form
    printed, something wider than the printable width, or no PDF."""
    problems = []
    page.call("Emulation.setDeviceMetricsOverride", width=PRINT_WIDTH, height=1000, deviceScaleFactor=1, mobile=False)
    page.call("Emulation.setEmulatedMedia", media="print")
    separator = "&" if "?" in path else "?"
    page.events = []
    page.call("Page.navigate", url=f"{base}{path}{separator}lang={lang}")
    page.wait_for("Page.loadEventFired")
    page.drain(0.3)
    state = page.call("Runtime.evaluate", returnByValue=True, expression=(
        "[document.documentElement.scrollWidth, window.innerWidth,"
        " [...document.querySelectorAll('header.top, nav, form, button')].filter(e => e.offsetParent !== null).length]"))
    scroll, inner, shown = state["result"]["value"]
    if scroll > inner:
        problems.append(f"wider than A4's printable width: {scroll} px > {inner} px")
    if shown:
        problems.append(f"{shown} navigation, form or button elements are printed")
    pdf = page.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, preferCSSPageSize=True, printBackground=True)
    data = base64.b64decode(pdf.get("data", ""))
    if not data.startswith(b"%PDF"):
        problems.append("no PDF was printed")
    name = (path.strip("/").replace("/", "_") or "overview") + f".{lang}.print.pdf"
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    page.call("Emulation.setEmulatedMedia", media="")
    return problems


def problems_in(events, expected_status):
    problems = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            problems.append("exception: " + params["exceptionDetails"].get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append("console error: " + " ".join(str(a.get("value", "")) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            entry = params["entry"]
            if not (expected_status >= 400 and str(expected_status) in entry.get("text", "")):
                problems.append("log error: " + entry.get("text", "") + " " + entry.get("url", ""))
        elif method == "Network.loadingFailed":
            problems.append("request failed: " + params.get("errorText", ""))
        elif method == "Network.responseReceived":
            response = params["response"]
            document = params.get("type") == "Document"
            wanted = expected_status if document else 200
            if response["status"] != wanted and not (300 <= response["status"] < 400):
                problems.append(f"HTTP {response['status']} for {response['url']} (expected {wanted})")
            if not response["url"].startswith(("http://127.0.0.1", "data:")):
                problems.append("request left the machine: " + response["url"])
    return problems


def main():
    base, out = sys.argv[1].rstrip("/"), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        sys.exit("browser check: chromium is not installed (apt-get install chromium)")
    port = free_port()
    profile = tempfile.mkdtemp(prefix="zhizao-chromium-")
    chromium = subprocess.Popen(
        [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = 0
    checked = 0
    try:
        # Up to a minute: a cold start on a busy machine takes more than the usual second or two.
        for _ in range(600):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
                page_target = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                if chromium.poll() is not None:
                    sys.exit(f"browser check: chromium exited with status {chromium.returncode} before it listened")
                time.sleep(0.1)
        else:
            sys.exit("browser check: chromium did not start within a minute")
        page = Page(page_target["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(domain + ".enable")
        def visit(path, status, prefix=""):
            nonlocal checked, failures
            for lang in ("zh", "en"):
                for size, (width, height, mobile) in SIZES.items():
                    page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                              deviceScaleFactor=1, mobile=mobile)
                    page.events = []
                    if path.startswith("upload"):
                        page.call("Page.navigate", url=f"{base}/imports?lang={lang}")
                        page.wait_for("Page.loadEventFired")
                        upload(page, os.environ["ZHIZAO_CHECK_UPLOAD_XLSX" if path == "upload-xlsx" else "ZHIZAO_CHECK_UPLOAD"])
                    else:
                        separator = "&" if "?" in path else "?"
                        page.call("Page.navigate", url=f"{base}{path}{separator}lang={lang}")
                    loaded = page.wait_for("Page.loadEventFired")
                    page.drain(0.3)
                    problems = problems_in(page.events, status)
                    if not loaded:
                        problems.append("page did not finish loading")
                    if mobile and status == 200:
                        # No page scrolls sideways on a phone: whatever is wider scrolls inside its own box.
                        widths = page.call("Runtime.evaluate", returnByValue=True, expression=(
                            "[document.documentElement.scrollWidth, window.innerWidth]"))["result"]["value"]
                        if widths[0] > widths[1]:
                            problems.append(f"scrolls sideways at {width} px: the page is {widths[0]} px wide")
                    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
                    name = (path.strip("/").replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-")
                            or "overview")
                    name = prefix + name[:80]
                    with open(os.path.join(out, f"{name}.{lang}.{size}.png"), "wb") as f:
                        f.write(base64.b64decode(shot["data"]))
                    checked += 1
                    if problems:
                        failures += 1
                        print(f"FAIL {prefix}{path} [{lang}, {size}]")
                        for p in problems:
                            print("   ", p)

        for path, status in [(p, 200) for p in PAGES] + [(p, 404) for p in NOT_FOUND]:
            visit(path, status)
        for path in PRINT_PAGES:
            for lang in ("zh", "en"):
                checked += 1
                problems = print_check(page, base, path, lang, out)
                if problems:
                    failures += 1
                    print(f"FAIL print {path} [{lang}]")
                    for p in problems:
                        print("   ", p)
        if os.environ.get("ZHIZAO_CHECK_USER"):
            name, value = sign_in(base, os.environ["ZHIZAO_CHECK_USER"], os.environ["ZHIZAO_CHECK_PASSWORD"])
            page.call("Network.setCookie", name=name, value=value, url=base, httpOnly=True)
            for path in SIGNED_IN_PAGES:
                # A file with problems is refused with 422, and shows them
                visit(path, 422 if path.startswith("upload") else 200, prefix="writer.")
    finally:
        chromium.terminate()
        chromium.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
    print(f"browser check: {checked - failures} passed, {failures} failed")
    print(f"screenshots in {out}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
