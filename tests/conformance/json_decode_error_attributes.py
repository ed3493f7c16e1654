import json

data = {"name": "Ann", "tags": ["a", "b"], "age": 30, "ok": True, "none": None}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data)
for bad in ['{"a": 1,}', '[1, 2', 'nope']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno)
print(json.dumps([1.5, "é", {"k": (1, 2)}]), json.dumps("é", ensure_ascii=False))
json.loads("{bad}")
