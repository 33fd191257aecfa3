#!/usr/bin/python3
"""Signs in as the demo roles and lists every page, form and API call of a running Opstap, with real demo ids.

Writes to OUT_DIR:
  targets.jsonl   one request per line: {"name", "method", "url", "data", "json", "headers"} for sqlmap
  cookie-<user>.json  wapiti's cookie file for that user's session
  sessions.json   {user: {"cookie": ..., "csrf": ...}}
Pages come from a crawl of each role's start page (links and forms, at most PER_SHAPE URLs of one shape, where ids
count as the same shape); API calls from the OpenAPI document, path ids resolved from the list endpoints, bodies
built from the schemas. Nothing here signs out, signs in with a wrong password or follows /uitloggen.
Usage: targets.py BASE_URL OUT_DIR [quick]
       targets.py BASE_URL OUT_DIR refresh USER   (a new session for USER before its wapiti scan)
"""
import base64
import hashlib
import hmac
import html.parser
import json
import os
import re
import struct
import sys
import time
import urllib.parse

import requests

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
QUICK = len(sys.argv) > 3 and sys.argv[3] == "quick"
PASSWORD = "Opstap-demo-2026"
DEMO_TOTP_SECRET = "OPSTAPDEMOTOTPGEHEIMVOORBEHEER23"
COOKIE = "OPSTAP_SESSIE"
# One account per role; the staff ones of the IGSD, where the demo data are richest.
USERS = ["consulent.steenwijkerland", "accountmanager.igsd", "analist.igsd", "beheer.igsd", "jobcoach.igsd", "admin",
         "werkzoekende.demo", "werkgever.demo"]
if QUICK:
    USERS = ["consulent.steenwijkerland", "beheer.igsd", "werkzoekende.demo", "werkgever.demo"]
PER_SHAPE = 1 if QUICK else 2
MAX_PAGES = 60 if QUICK else 250
NEVER = re.compile(r"^/(uitloggen|inloggen|activeren|css/|js/|img/|webjars/|favicon)|^/api/v1/(documentatie|swagger)")
# The scan's own accounts (ids from the database): no administrator's form may block them or reset their password.
OWN_ACCOUNTS = [i for i in os.environ.get("SCAN_ACCOUNT_IDS", "").split() if i]
ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+")


def call(method, path, cookie=None, **kwargs):
    """One request without following redirects; the Secure session cookie is sent by hand over plain http."""
    headers = kwargs.pop("headers", {})
    if cookie:
        headers["Cookie"] = f"{COOKIE}={cookie}"
    return requests.request(method, BASE + path, headers=headers, allow_redirects=False, timeout=60, **kwargs)


def sign_in(user):
    page = call("GET", "/inloggen")
    anonymous = page.cookies.get(COOKIE)
    token = re.search(r'name="_csrf" value="([^"]+)"', page.text).group(1)
    answer = call("POST", "/inloggen", anonymous, data={"gebruikersnaam": user, "wachtwoord": PASSWORD, "_csrf": token})
    cookie = answer.cookies.get(COOKIE)
    if answer.status_code != 302 or answer.headers.get("Location", "").endswith("fout") or not cookie:
        sys.exit(f"sign-in failed for {user}: {answer.status_code} {answer.headers.get('Location')}")
    start = call("GET", "/", cookie)
    if start.status_code == 302 and urllib.parse.urlparse(start.headers.get("Location", "")).path.endswith("/inloggen/code"):
        cookie = second_factor(user, cookie)
        start = call("GET", "/", cookie)
    return cookie, re.search(r'name="_csrf" value="([^"]+)"', start.text).group(1)


def totp(step):
    """RFC 6238 (HMAC-SHA1, six digits) with the demo administrators' secret (demo profile only; README)."""
    mac = hmac.new(base64.b32decode(DEMO_TOTP_SECRET), struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def second_factor(user, cookie):
    """Administrators give a code after the password. Each 30-second step is accepted once per account, so a step
    already used (an earlier run) is answered by waiting for the next one."""
    for _ in range(3):
        page = call("GET", "/inloggen/code", cookie)
        token = re.search(r'name="_csrf" value="([^"]+)"', page.text).group(1)
        answer = call("POST", "/inloggen/code", cookie, data={"code": totp(int(time.time()) // 30), "_csrf": token})
        if answer.status_code == 302 and not answer.headers.get("Location", "").startswith("/inloggen"):
            return answer.cookies.get(COOKIE) or cookie
        time.sleep(31 - time.time() % 30)
    sys.exit(f"second factor refused for {user}")


class Page(html.parser.HTMLParser):
    """The links and forms of one page."""

    def __init__(self):
        super().__init__()
        self.links, self.forms, self.form, self.select = [], [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"method": (a.get("method") or "get").upper(), "action": a.get("action") or "", "fields": {}}
            self.forms.append(self.form)
        elif self.form is not None and tag in ("input", "textarea") and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a and a["name"] in self.form["fields"]:
                return
            if kind == "file":
                return
            self.form["fields"][a["name"]] = a.get("value") or sample(a["name"], kind)
        elif self.form is not None and tag == "select" and a.get("name"):
            self.select = a["name"]
            self.form["fields"].setdefault(a["name"], "")
        elif self.form is not None and tag == "option" and self.select and a.get("value") and not self.form["fields"][self.select]:
            self.form["fields"][self.select] = a["value"]

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None


def sample(name, kind):
    """A plausible value for an empty field, so that the request passes validation and reaches the database."""
    if kind == "date" or "datum" in name.lower() or "date" in name.lower():
        return "2024-01-15"
    if kind == "number":
        return "1"
    if "postcode" in name.lower():
        return "8331AB"
    if "email" in name.lower():
        return "test@example.org"
    return "Test"


def shape(path):
    return ID.sub("{}", path.split("?")[0])


def crawl(user, cookie, csrf, targets, seen_shapes):
    queue, visited, count = ["/"], set(), 0
    while queue and count < MAX_PAGES:
        path = queue.pop(0)
        if path in visited:
            continue
        visited.add(path)
        answer = call("GET", path, cookie)
        count += 1
        if answer.status_code >= 300 or "html" not in answer.headers.get("Content-Type", ""):
            continue
        if "?" in path:
            add(targets, seen_shapes, {"name": f"GET {path} as {user}", "method": "GET", "url": BASE + path, "user": user})
        page = Page()
        page.feed(answer.text)
        for href in page.links:
            link = local(path, href)
            if link and link not in visited and len(queue) < 2000 and allowed_shape(link, seen_shapes, visited):
                queue.append(link)
        for form in page.forms:
            action = local(path, form["action"] or path)
            if not action or not form["fields"]:
                continue
            fields = dict(form["fields"])
            if form["method"] == "POST":
                fields["_csrf"] = csrf
            data = urllib.parse.urlencode(fields)
            if form["method"] == "GET":
                url = BASE + action.split("?")[0] + "?" + data
                add(targets, seen_shapes, {"name": f"GET form {action} as {user}", "method": "GET", "url": url, "user": user})
            else:
                add(targets, seen_shapes, {"name": f"POST {action} as {user}", "method": "POST", "url": BASE + action,
                                           "data": data, "user": user})
    return count


def allowed_shape(link, seen_shapes, visited):
    same = [v for v in visited if shape(v) == shape(link)]
    return len(same) < PER_SHAPE


def local(base_path, href):
    url = urllib.parse.urljoin(BASE + base_path, href.split("#")[0])
    if not url.startswith(BASE + "/"):
        return None
    path = url[len(BASE):]
    if any(own in path for own in OWN_ACCOUNTS):
        return None
    return None if NEVER.search(path) or re.search(r"\.(pdf|xlsx|csv|json|png|jpg|svg|ico|js|css)(\?|$)", path) else path


def add(targets, seen_shapes, target):
    key = (target["method"], shape(target["url"]), target.get("user"))
    if seen_shapes.get(key, 0) >= PER_SHAPE:
        return
    seen_shapes[key] = seen_shapes.get(key, 0) + 1
    targets.append(target)


def first_id(value):
    if isinstance(value, dict):
        for key in ("id",):
            if isinstance(value.get(key), (str, int)):
                return str(value[key])
        for item in value.values():
            found = first_id(item)
            if found:
                return found
    if isinstance(value, list):
        for item in value:
            found = first_id(item)
            if found:
                return found
    return None


def resolve(template, path_params):
    """Fills each {param} with an id from the list at the path before it, as the first user allowed to read it."""
    parts, path, user = template.split("/"), "", None
    for part in parts[1:]:
        if part.startswith("{"):
            schema = path_params.get(part.strip("{}"), {}).get("schema", {})
            value = schema["enum"][0] if "enum" in schema else None
            for candidate in ([] if value else roles_for(BASE + path)):
                answer = call("GET", path, headers={"Authorization": f"Bearer demo-token-{candidate}"})
                if answer.status_code == 200 and "json" in answer.headers.get("Content-Type", ""):
                    value = first_id(answer.json())
                    if value:
                        user = candidate
                        break
            part = value or "00000000-0000-0000-0000-000000000000"
        path += "/" + part
    return path, user


def example(schema, spec, depth=0):
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if depth > 4:
        return None
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {name: example(prop, spec, depth + 1) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema.get("items", {}), spec, depth + 1)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    fmt = schema.get("format")
    return {"date": "2024-01-15", "date-time": "2024-01-15T10:00:00Z", "uuid": "00000000-0000-0000-0000-000000000000"}.get(fmt, "Test")


def query_value(parameter, spec):
    name, value = parameter["name"].lower(), example(parameter.get("schema", {}), spec)
    if isinstance(value, list):
        value = value[0] if value else None
    if name in ("peildatum", "van", "tot") or "datum" in name:
        return "2018-11-15" if name != "tot" else "2019-11-15"
    if "gemeente" in name:
        return "GM1708"
    if "postcode" in name:
        return "8331AB"
    return str(value if value is not None else "1")


def reader(path_url, get_url):
    """The first demo account that may GET the resource (or its path), so the attack reaches the code behind it."""
    for user in roles_for(path_url):
        answer = requests.get(get_url or path_url, headers={"Authorization": f"Bearer demo-token-{user}"}, timeout=60)
        if answer.status_code == 200:
            return user
    return roles_for(path_url)[0]


def roles_for(url):
    """The portal's own resources belong to the job seeker and the employer; the rest is tried in USERS order."""
    if "/api/v1/mijn/" in url:
        return ["werkzoekende.demo"]
    if "/api/v1/werkgever/" in url or "/api/v1/profielen" in url:
        return ["werkgever.demo"] + USERS
    return USERS


def api_targets():
    spec = requests.get(BASE + "/api/v1/openapi.json", timeout=60).json()
    targets = []
    for template, operations in spec["paths"].items():
        path_params = {p["name"]: p for op in operations.values() if isinstance(op, dict) for p in op.get("parameters", [])
                       if p.get("in") == "path"}
        path, user = resolve(template, path_params)
        for method, operation in operations.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            query = {p["name"]: query_value(p, spec) for p in operation.get("parameters", []) if p.get("in") == "query"}
            url = BASE + path + ("?" + urllib.parse.urlencode(query) if query else "")
            target = {"name": f"{method.upper()} {template}", "method": method.upper(), "url": url,
                      "user": user or reader(BASE + path, url if method == "get" else None)}
            body = operation.get("requestBody", {}).get("content", {})
            if "application/json" in body:
                target["json"] = json.dumps(example(body["application/json"].get("schema", {}), spec))
            elif body:
                continue  # multipart uploads: sqlmap cannot fill a file part; the screens' forms cover the import
            targets.append(target)
    return targets


def fresh_session(user, sessions):
    """Signs in and writes wapiti's cookie file; sessions end after 30 idle minutes, so each wapiti scan gets a new one."""
    cookie, csrf = sign_in(user)
    sessions[user] = {"cookie": cookie, "csrf": csrf}
    with open(f"{OUT}/cookie-{user}.json", "w") as out:
        json.dump({BASE.split("//")[1].split(":")[0]: {"/": {COOKIE: {"value": cookie, "expires": None, "secure": False,
                                                                       "port": None, "version": 0}}}}, out)
    return cookie, csrf


def refresh(user):
    """targets.py BASE OUT_DIR refresh USER: a new session for USER, in its cookie file and in sessions.json."""
    with open(f"{OUT}/sessions.json") as inp:
        sessions = json.load(inp)
    fresh_session(user, sessions)
    with open(f"{OUT}/sessions.json", "w") as out:
        json.dump(sessions, out)


def main():
    sessions, targets, seen_shapes, pages = {}, [], {}, 0
    for user in USERS:
        cookie, csrf = fresh_session(user, sessions)
        pages += crawl(user, cookie, csrf, targets, seen_shapes)
    # the sign-in form itself, with an account that does not exist, so no one is locked out
    page = call("GET", "/inloggen")
    token = re.search(r'name="_csrf" value="([^"]+)"', page.text).group(1)
    targets.append({"name": "POST /inloggen (anonymous)", "method": "POST", "url": BASE + "/inloggen", "anonymous": page.cookies.get(COOKIE),
                    "data": urllib.parse.urlencode({"gebruikersnaam": "sqlmap-bestaat-niet", "wachtwoord": "x", "_csrf": token})})
    api = api_targets()
    if QUICK:
        api = [t for t in api if t["method"] == "GET"] + [t for t in api if t["method"] != "GET"][::3]
    with open(f"{OUT}/targets.jsonl", "w") as out:
        for target in targets + api:
            user = target.get("user")
            headers = {}
            if target["url"].startswith(BASE + "/api/"):
                headers["Authorization"] = f"Bearer demo-token-{user}"
            elif user:
                headers["Cookie"] = f"{COOKIE}={sessions[user]['cookie']}"
            elif target.get("anonymous"):
                headers["Cookie"] = f"{COOKIE}={target['anonymous']}"
            target["headers"] = headers
            out.write(json.dumps(target) + "\n")
    with open(f"{OUT}/sessions.json", "w") as out:
        json.dump(sessions, out)
    print(f"{pages} pages crawled as {len(USERS)} roles: {len(targets)} page and form targets, {len(api)} API calls")


if __name__ == "__main__":
    if len(sys.argv) > 4 and sys.argv[3] == "refresh":
        refresh(sys.argv[4])
    else:
        main()
