#!/usr/bin/env python3
"""Validate provincial reports of the Lifelong Learning Week with the JSON Schema that @xhht/domain ships.

A system written in another language checks report files the way @xhht/domain's schema does, from the same
schema file: node_modules/@xhht/domain/schemas/provincial-report.json (draft 2020-12).

    python3 validate_reports.py report-01.json report-36.json
    python3 validate_reports.py --schema path/to/provincial-report.json --json reports/*.json

Prints a verdict per file and every error with its JSON path; exits 0 when every file is valid, 1 when one is
not, 2 on a usage error and 3 when the schema or the jsonschema library is missing. Needs Python 3.8+ and
jsonschema 4 (Debian/Ubuntu: apt-get install -y python3-jsonschema).

The schema is generated from zod, so its "pattern" values are ECMA-262 regular expressions. Python's re module
reads some of them differently ($ also matches before a final newline, \\d and \\s are wider, \\p{Lu} is
unknown), so this script translates each pattern to an equivalent Python expression before matching.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

try:
    from jsonschema import Draft202012Validator, FormatChecker, ValidationError
    from jsonschema.validators import extend
except ImportError:
    sys.stderr.write(
        "validate_reports.py needs the Python jsonschema library (4.x):\n"
        "  apt-get install -y python3-jsonschema   (Debian, Ubuntu)\n"
        "  python3 -m pip install jsonschema       (elsewhere)\n"
    )
    sys.exit(3)

SCHEMA_NAME = "provincial-report"
EXIT_VALID, EXIT_INVALID, EXIT_USAGE, EXIT_SETUP = 0, 1, 2, 3

# ----------------------------------------------------------------------------------------------------------------
# ECMA-262 patterns in Python's re

Ranges = List[Tuple[int, int]]
MAX_CODE_POINT = 0x10FFFF

# ECMA-262 WhiteSpace and LineTerminator: what \s matches in JavaScript (Python's \s differs: no U+FEFF, has U+0085).
ECMA_SPACE: Ranges = [
    (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
    (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
]  # fmt: skip
ECMA_DIGIT: Ranges = [(0x30, 0x39)]
ECMA_WORD: Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
ECMA_LINE_TERMINATOR: Ranges = [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]
ASCII_WORD = "[0-9A-Z_a-z]"


def complement(ranges: Ranges) -> Ranges:
    result: Ranges = []
    start = 0
    for low, high in sorted(ranges):
        if low > start:
            result.append((start, low - 1))
        start = max(start, high + 1)
    if start <= MAX_CODE_POINT:
        result.append((start, MAX_CODE_POINT))
    return result


@lru_cache(maxsize=None)
def category_ranges(name: str) -> Tuple[Tuple[int, int], ...]:
    """The code points of a Unicode general category, "Lu" or a group such as "L", as ranges."""
    if not re.fullmatch(r"[A-Z][a-z]?", name):
        raise re.error(f"unsupported Unicode property \\p{{{name}}}: only general categories (Lu, L, Nd...) are")
    ranges: Ranges = []
    for code in range(MAX_CODE_POINT + 1):
        if unicodedata.category(chr(code)).startswith(name):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    if not ranges:
        raise re.error(f"unknown Unicode general category \\p{{{name}}}")
    return tuple(ranges)


def escape_code_point(code: int) -> str:
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def class_body(ranges: Ranges) -> str:
    return "".join(
        escape_code_point(low) if low == high else f"{escape_code_point(low)}-{escape_code_point(high)}"
        for low, high in ranges
    )


def ecma_to_python(pattern: str) -> str:
    """Rewrites an ECMA-262 regular expression (as JSON Schema defines "pattern") into one Python's re reads alike."""
    out: List[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\" and i + 1 < n:
            escape = pattern[i + 1]
            ranges: Optional[Ranges] = None
            if escape in "dDsSwW":
                ranges = {"d": ECMA_DIGIT, "s": ECMA_SPACE, "w": ECMA_WORD}[escape.lower()]
                if escape.isupper():
                    ranges = complement(ranges)
                i += 2
            elif escape in "pP" and pattern.startswith("{", i + 2):
                end = pattern.index("}", i + 2)
                name = pattern[i + 3 : end]
                name = name.split("=", 1)[1] if name.startswith(("General_Category=", "gc=")) else name
                ranges = list(category_ranges(name))
                if escape == "P":
                    ranges = complement(ranges)
                i = end + 1
            elif escape == "u" and pattern.startswith("{", i + 2):
                end = pattern.index("}", i + 2)
                out.append(escape_code_point(int(pattern[i + 3 : end], 16)))
                i = end + 1
                continue
            elif escape == "c" and i + 2 < n and pattern[i + 2].isalpha():
                out.append(escape_code_point(ord(pattern[i + 2]) % 32))
                i += 3
                continue
            elif escape in "bB" and not in_class:
                # ECMA's word boundary is ASCII; Python's follows Unicode letters.
                boundary = f"(?:(?<={ASCII_WORD})(?!{ASCII_WORD})|(?<!{ASCII_WORD})(?={ASCII_WORD}))"
                not_boundary = f"(?:(?<={ASCII_WORD})(?={ASCII_WORD})|(?<!{ASCII_WORD})(?!{ASCII_WORD}))"
                out.append(boundary if escape == "b" else not_boundary)
                i += 2
                continue
            else:
                out.append(pattern[i : i + 2])
                i += 2
                continue
            body = class_body(ranges)
            out.append(body if in_class else f"[{body}]")
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif char == "[":
                char = "\\["
            out.append(char)
        elif char == "[":
            if pattern.startswith("[]", i):
                out.append("(?!)")  # matches nothing
                i += 2
                continue
            if pattern.startswith("[^]", i):
                out.append("[\\s\\S]")  # matches anything
                i += 3
                continue
            in_class = True
            out.append("[^" if pattern.startswith("[^", i) else "[")
            i += 2 if pattern.startswith("[^", i) else 1
            continue
        elif char == "$":
            out.append("\\Z")  # ECMA's $ is the end of the input; Python's $ also matches before a final newline
        elif char == ".":
            out.append(f"[^{class_body(ECMA_LINE_TERMINATOR)}]")
        elif pattern.startswith("(?<", i) and not pattern.startswith(("(?<=", "(?<!"), i):
            out.append("(?P<")
            i += 3
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


@lru_cache(maxsize=None)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(ecma_to_python(pattern))


def pattern_keyword(validator: Any, pattern: str, instance: Any, schema: Dict[str, Any]) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def pattern_properties_keyword(
    validator: Any, properties: Dict[str, Any], instance: Any, schema: Dict[str, Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in properties.items():
        for key, value in instance.items():
            if ecma_regex(pattern).search(key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


EcmaValidator = extend(
    Draft202012Validator, {"pattern": pattern_keyword, "patternProperties": pattern_properties_keyword}
)


def format_checker() -> FormatChecker:
    """Draft 2020-12's format checks, with "regex" read as ECMA-262. Without the optional rfc3339-validator
    package, "date-time" is not checked as a format; the schemas carry a pattern for it, which is."""
    checker = FormatChecker(formats=())
    checker.checkers = dict(Draft202012Validator.FORMAT_CHECKER.checkers)
    checker.checks("regex", raises=re.error)(lambda value: not isinstance(value, str) or bool(ecma_regex(value)))
    return checker


# ----------------------------------------------------------------------------------------------------------------
# Finding the schema, reading the reports


def find_schema(argument: Optional[str]) -> Path:
    if argument:
        path = Path(argument)
        return path / f"{SCHEMA_NAME}.json" if path.is_dir() else path
    relative = Path("node_modules", "@xhht", "domain", "schemas", f"{SCHEMA_NAME}.json")
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for directory in (start, *start.parents):
            if (directory / relative).is_file():
                return directory / relative
    raise FileNotFoundError(
        f"no {relative} in {Path.cwd()} or above: install @xhht/domain (npm install @xhht/domain) "
        "or give the schema's path with --schema"
    )


def reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_path(path: Any) -> str:
    result = "$"
    for key in path:
        if isinstance(key, int):
            result += f"[{key}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", key):
            result += f".{key}"
        else:
            result += f"[{json.dumps(key, ensure_ascii=False)}]"
    return result


def check_file(validator: Any, file: str) -> Dict[str, Any]:
    try:
        text = Path(file).read_text(encoding="utf-8")
        report = json.loads(text, parse_constant=reject_constant)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return {"file": file, "valid": False, "errors": [{"path": "$", "keyword": "json", "message": str(error)}]}
    errors = sorted(
        validator.iter_errors(report), key=lambda error: ([str(key) for key in error.absolute_path], error.message)
    )
    return {
        "file": file,
        "valid": not errors,
        "errors": [
            {"path": json_path(error.absolute_path), "keyword": error.validator, "message": error.message}
            for error in errors
        ],
    }


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Validate provincial report JSON files with the JSON Schema shipped by @xhht/domain."
    )
    parser.add_argument("reports", nargs="+", metavar="REPORT.json", help="report files to validate")
    parser.add_argument(
        "--schema",
        metavar="PATH",
        help=f"{SCHEMA_NAME}.json, or the schemas folder holding it "
        "(default: node_modules/@xhht/domain/schemas, looked up from here and from this script's folder)",
    )
    parser.add_argument("--json", action="store_true", help="print the verdicts as JSON")
    options = parser.parse_args(argv)

    try:
        schema_path = find_schema(options.schema)
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        EcmaValidator.check_schema(schema)
    except Exception as error:  # noqa: BLE001 — any failure to load the schema is reported the same way
        sys.stderr.write(f"cannot load the JSON Schema: {error}\n")
        return EXIT_SETUP
    validator = EcmaValidator(schema, format_checker=format_checker())

    results = [check_file(validator, file) for file in options.reports]
    invalid = sum(not result["valid"] for result in results)
    if options.json:
        summary = {"schema": str(schema_path), "schemaId": schema.get("$id"), "valid": invalid == 0}
        json.dump({**summary, "results": results}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for result in results:
            count = len(result["errors"])
            if result["valid"]:
                print(f"VALID    {result['file']}")
            else:
                print(f"INVALID  {result['file']} ({count} error{'s' if count != 1 else ''})")
            for error in result["errors"]:
                message = error["message"]
                print(f"    {error['path']}: {message if len(message) <= 300 else message[:299] + '…'}")
        print(f"{len(results) - invalid} valid, {invalid} invalid ({schema.get('$id', schema_path)})")
    return EXIT_INVALID if invalid else EXIT_VALID


if __name__ == "__main__":
    sys.exit(main())
