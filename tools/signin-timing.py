#!/usr/bin/env python3
# How long a refused sign-in takes for an unknown address and for a known one with a wrong password (issue 14, decision
# 026). Start the app first (README's run command, demo data on), then: python3 tools/signin-timing.py
# Each attempt comes "through a proxy on this machine" from its own address (X-Forwarded-For), so the throttle, which
# would otherwise stop the run after 30 failures, does not take part; the first 5 rounds warm up and are not counted.
import urllib.request, urllib.parse, http.cookiejar, re, time, statistics, sys
base="http://localhost:5080"
def attempt(email, password, n):
    jar=http.cookiejar.CookieJar()
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    xff=f"198.51.{n//200}.{n%200+1}"
    req=urllib.request.Request(base+"/Account/Login", headers={"X-Forwarded-For": xff})
    page=op.open(req).read().decode()
    token=re.search(r'name="__RequestVerificationToken" value="([^"]+)"', page).group(1)
    data=urllib.parse.urlencode({"_handler":"login","__RequestVerificationToken":token,"Input.Email":email,"Input.Password":password}).encode()
    req=urllib.request.Request(base+"/Account/Login", data=data, headers={"X-Forwarded-For": xff})
    t=time.perf_counter()
    try:
        op.open(req).read()
    except urllib.error.HTTPError as e:
        pass
    return (time.perf_counter()-t)*1000
cases={"unknown address":("nobody@example.com","Zomer-Wachtwoord-2026"),"known, wrong password":("sanne@example.com","Zomer-Wachtwoord-2026")}
n=0
res={k:[] for k in cases}
for rnd in range(25):
    for k,(e,p) in cases.items():
        n+=1
        ms=attempt(e,p,n)
        if rnd>=5: res[k].append(ms)
for k,v in res.items():
    v.sort()
    print(f"{k:24} n={len(v)} p50={statistics.median(v):.1f} ms p90={v[int(len(v)*0.9)-1]:.1f} ms")
print("ratio p50 known/unknown = %.2f" % (statistics.median(res["known, wrong password"])/statistics.median(res["unknown address"])))
