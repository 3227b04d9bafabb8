#!/usr/bin/env python3
"""Loads every dashboard page in headless Chromium through the DevTools protocol, fails on console errors,
uncaught exceptions and failed requests, and keeps a screenshot of each page (laptop and phone sizes).

Usage: browser_check.py BASE_URL OUT_DIR   (needs chromium and the websocket-client package)
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import websocket

PAGES = [
    "/", "/clusters", "/clusters/auto", "/clusters/huadu-auto", "/enterprises", "/enterprises?q=%E6%B1%BD%E8%BD%A6%E9%9B%B6%E9%83%A8%E4%BB%B6",
    "/enterprises?district=huadu&designation=above-scale", "/enterprises/hongli", "/projects",
    "/projects/hongli-mini-micro-led-1", "/projects/hongli-led-backlight-2", "/pipeline", "/checks", "/documents", "/documents/1", "/indicators",
    "/layout", "/sources",
]
NOT_FOUND = ["/no-such-page"]
# Loaded signed in as the admin ZHIZAO_CHECK_USER (browser-check.sh makes one): the admin, account and audit pages
# and the record pages with their edit forms.
SIGNED_IN = [
    "/admin/users", "/admin/tokens", "/audit", "/account", "/enterprises/hongli", "/projects/hongli-mini-micro-led-1",
    "/enterprises/hongli/merge?into=cansemi",
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
            if not (expected_status == 404 and "404" in entry.get("text", "")):
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


def sign_in(base, name, password):
    """Signs in with the sign-in form, as a browser would; returns the session cookie's value."""
    class Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None
    form = urllib.request.urlopen(base + "/login")
    form_cookie = form.headers["Set-Cookie"].split(";")[0]
    token = form_cookie.split("=", 1)[1]
    body = urllib.parse.urlencode({"csrf": token, "name": name, "password": password, "next": "/"}).encode()
    request = urllib.request.Request(base + "/login", data=body, headers={"Cookie": form_cookie})
    try:
        urllib.request.build_opener(Keep).open(request)
    except urllib.error.HTTPError as answer:
        for header in answer.headers.get_all("Set-Cookie") or []:
            if header.startswith("zz_session=") and not header.startswith("zz_session=;"):
                return header.split(";")[0].split("=", 1)[1]
    sys.exit("browser check: could not sign in as " + name)


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
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
                page_target = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                time.sleep(0.1)
        else:
            sys.exit("browser check: chromium did not start")
        page = Page(page_target["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(domain + ".enable")
        visits = [(p, 200, False) for p in PAGES] + [(p, 404, False) for p in NOT_FOUND]
        user, password = os.environ.get("ZHIZAO_CHECK_USER"), os.environ.get("ZHIZAO_CHECK_PASSWORD")
        if user and password:
            visits += [(p, 200, True) for p in SIGNED_IN]
        for path, status, signed_in in visits:
            if signed_in and not any(c.get("name") == "zz_session" for c in page.call("Network.getCookies").get("cookies", [])):
                page.call("Network.setCookie", name="zz_session", value=sign_in(base, user, password), url=base + "/")
            for lang in ("zh", "en"):
                for size, (width, height, mobile) in SIZES.items():
                    page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                              deviceScaleFactor=1, mobile=mobile)
                    page.events = []
                    separator = "&" if "?" in path else "?"
                    page.call("Page.navigate", url=f"{base}{path}{separator}lang={lang}")
                    loaded = page.wait_for("Page.loadEventFired")
                    page.drain(0.3)
                    problems = problems_in(page.events, status)
                    if not loaded:
                        problems.append("page did not finish loading")
                    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
                    name = (path.strip("/").replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-")
                            or "overview")
                    name = ("signed-in_" if signed_in else "") + name[:80]
                    with open(os.path.join(out, f"{name}.{lang}.{size}.png"), "wb") as f:
                        f.write(base64.b64decode(shot["data"]))
                    checked += 1
                    if problems:
                        failures += 1
                        print(f"FAIL {path} [{lang}, {size}]")
                        for p in problems:
                            print("   ", p)
    finally:
        chromium.terminate()
        chromium.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
    print(f"browser check: {checked - failures} passed, {failures} failed")
    print(f"screenshots in {out}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
