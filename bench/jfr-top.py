"""Summarises `jfr print --events jdk.ExecutionSample` (stdin): the hottest top frames, and for each sample the
innermost frame of the application (app.factdesk) or, failing that, of a few named libraries, as 'who spends'."""
import collections
import re
import sys

samples = sys.stdin.read().split("jdk.ExecutionSample")[1:]
top, owner, marks = collections.Counter(), collections.Counter(), collections.Counter()
MARKS = {"Hibernate query (HQL/criteria) compile": ("org.hibernate.query.sqm.", "org.antlr."),
         "JDBC driver": ("org.postgresql.",), "Jackson": ("com.fasterxml.jackson.",),
         "Spring Security filters": ("org.springframework.security.web.",),
         "method security (@PreAuthorize)": ("org.springframework.security.authorization.method.",),
         "transaction begin/commit": ("org.springframework.orm.jpa.JpaTransactionManager",),
         "logging": ("ch.qos.logback.", "org.slf4j."), "class/resource loading": ("org.springframework.boot.loader.",)}
for s in samples:
    frames = [re.sub(r"\s+line:.*", "", l.strip()) for l in s.split("\n") if "line:" in l]
    if not frames:
        continue
    top[frames[0]] += 1
    app = next((f for f in frames if f.startswith("app.factdesk")), None)
    owner[app or "(no application frame)"] += 1
    for name, prefixes in MARKS.items():
        if any(f.startswith(prefixes) for f in frames):
            marks[name] += 1
n = len(samples)
print(f"{n} samples")
print("share of samples whose stack contains:")
for k, v in marks.most_common():
    print(f"  {100 * v / n:5.1f}%  {k}")
print("innermost application frame:")
for k, v in owner.most_common(15):
    print(f"  {100 * v / n:5.1f}%  {k}")
print("top frames:")
for k, v in top.most_common(15):
    print(f"  {100 * v / n:5.1f}%  {k}")
