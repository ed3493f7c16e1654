import json

text = '{"name": "worker-1", "tasks": [1, 2, 3], "ratio": 0.75, "exp": 1e3, "ok": true, "err": null, "u": "caf\\u00e9"}'
obj = json.loads(text)
print(obj)
print(type(obj["tasks"]).__name__, type(obj["ratio"]).__name__, type(obj["exp"]).__name__, obj["u"])
again = json.loads(json.dumps(obj))
print(again == obj, json.dumps(obj, sort_keys=True))
print(json.loads("[]"), json.loads(" 42 "), json.loads('"s"'), json.loads("-1.5e-3"))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "[1] 2"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")
json.loads('{"key" "value"}')
