"""Checks the shipped JSON Schemas with Python's re and jsonschema, for test/portableSchemas.test.ts.

Reads from stdin a JSON object {"schemaDir", "patterns": [...], "strings": [...], "instances": [[id, value], ...]}
and writes to stdout {"python", "jsonschema", "compiled", "matches": [[bool per string] per pattern],
"valid": [bool per instance]}: every pattern compiled with re (a warning counts as an error) and searched as
jsonschema does (re.search), every instance validated by Draft202012Validator against schemas/<id>.json read
from the file. Run with Debian's /usr/bin/python3 and python3-jsonschema (scripts/system-packages.sh installs it).
"""

import json
import re
import sys
import warnings
from pathlib import Path

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    sys.stderr.write("✘ Python's jsonschema is missing: run `bash scripts/system-packages.sh` (python3-jsonschema)\n")
    sys.exit(3)

warnings.simplefilter("error")
request = json.load(sys.stdin)
compiled = [re.compile(pattern) for pattern in request["patterns"]]
matches = [[regex.search(text) is not None for text in request["strings"]] for regex in compiled]

validators = {}
for path in sorted(Path(request["schemaDir"]).glob("*.json")):
    with path.open(encoding="utf-8") as file:
        schema = json.load(file)
    Draft202012Validator.check_schema(schema)
    validators[path.stem] = Draft202012Validator(schema)
valid = [validators[entity].is_valid(value) for entity, value in request["instances"]]

try:
    from importlib.metadata import version

    library = version("jsonschema")
except Exception:  # noqa: BLE001 - the version is only reported
    library = "?"
json.dump(
    {
        "python": sys.version.split()[0],
        "jsonschema": library,
        "compiled": len(compiled),
        "matches": matches,
        "valid": valid,
    },
    sys.stdout,
)
