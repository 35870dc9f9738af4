#!/usr/bin/env python3
"""Gives every case of eval/real/cases/*.jsonl its split, from its id alone: half the cases
(by a hash of the id) are `test`, held out — never trained on, never read case by case while
the engine is worked on; the rest are `train` (development). Idempotent; run after adding
cases."""
import hashlib
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent / "cases"
for path in sorted(root.glob("*.jsonl")):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        h = hashlib.sha256(case["id"].encode()).digest()[0]
        case["split"] = "test" if h % 2 == 0 else "train"
        out.append(json.dumps(case, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(path.name, len(out))
