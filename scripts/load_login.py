"""Logs each clerk of ACCOUNTS ("name password unit" lines) into the portal at BASE, several at a time, and
prints "session csrf unit" per clerk for scripts/load-test.lua."""
import re
import sys
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, accounts = sys.argv[1], sys.argv[2]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


opener = urllib.request.build_opener(NoRedirect)


def cookie(response):
    for header in response.headers.get_all("Set-Cookie") or []:
        if header.startswith("kaohe_session="):
            return header.split(";")[0].split("=", 1)[1]
    return None


def fetch(url, session, data=None):
    request = urllib.request.Request(url, data=data, headers={"Cookie": f"kaohe_session={session}"} if session else {})
    try:
        return opener.open(request)
    except urllib.error.HTTPError as e:
        return e


def csrf(html):
    return re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)


def login(line):
    name, password, unit = line.split()
    page = fetch(base + "/login", None)
    anonymous = cookie(page)
    token = csrf(page.read().decode())
    body = urllib.parse.urlencode({"csrf": token, "name": name, "password": password}).encode()
    response = fetch(base + "/login", anonymous, body)
    if response.status != 303:
        sys.exit(f"login of {name} failed: {response.status}")
    session = cookie(response)
    unit_page = fetch(f"{base}/units/{unit}", session)
    return f"{session} {csrf(unit_page.read().decode())} {unit}"


with open(accounts) as f:
    lines = [l for l in f.read().splitlines() if l]
with ThreadPoolExecutor(max_workers=8) as pool:
    for out in pool.map(login, lines):
        print(out)
