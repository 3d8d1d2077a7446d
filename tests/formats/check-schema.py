#!/usr/bin/python3
# check-schema.py: data/ptce-1.schema.json against the samples, the valid
# fixtures and the enums of libptce.
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-schema.py SCHEMA ENUMS_HEADER DIR...
#
# 1. the schema is a valid draft 2020-12 schema;
# 2. every *.json of each DIR validates against it (files whose name starts
#    with "bad-" must NOT validate);
# 3. a few documents that break the format do not validate (so that this
#    check can fail);
# 4. the enum words of the schema are exactly the nicks of ptce-enums.h,
#    parsed from the header, and of the typelib when gi can load it.
#
# Runs with Debian's interpreter and python3-jsonschema (never skips: a
# missing module is a failure that says what to install).

import copy
import json
import os
import re
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("check-schema: the Python module jsonschema is missing; "
             "install Debian's python3-jsonschema (apt-get install python3-jsonschema)")

failures = []


def fail(message):
    failures.append(message)
    print("not ok:", message)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# The JSON Schema name of each enum and flags type of ptce-enums.h.
SCHEMA_NAMES = {
    "PtceActorKind": "actor_kind",
    "PtceEssFamily": "ess_family",
    "PtceEssBasis": "ess_basis",
    "PtceStage": "stage",
    "PtcePoleTypology": "pole_typology",
    "PtcePoleOrigin": "pole_origin",
    "PtceLegalForm": "legal_form",
    "PtceMembershipRole": "membership_role",
    "PtceCooperationMode": "cooperation_mode",
    "PtceCooperationObject": "cooperation_object",
    "PtceInnovation": "innovation",
    "PtceTerritoryScale": "territory_scale",
    "PtceCallKind": "call_kind",
}
NOT_IN_FORMAT = {"PtceDatePrecision"}  # dates are written as ISO 8601


def header_enums(path):
    """Nicks as glib-mkenums derives them: the value name without the
    common prefix, lower case, '_' → '-'. Flags lose their 0 value, which
    the format never writes."""
    text = open(path, encoding="utf-8").read()
    result = {}
    for body, name in re.findall(r"typedef enum\s*(?:/\*<[^>]*>\*/)?\s*\{(.*?)\}\s*(\w+)\s*;", text, re.S):
        is_flags = "<<" in body
        values = []
        for m in re.finditer(r"^\s*(PTCE_\w+)\s*(?:=\s*([^,]+))?,", body, re.M):
            value_name, value = m.group(1), (m.group(2) or "").strip()
            if is_flags and value == "0":
                continue
            values.append(value_name)
        # the common prefix of all values of the type, including the 0 one
        all_names = re.findall(r"^\s*(PTCE_\w+)", body, re.M)
        prefix = os.path.commonprefix(all_names)
        prefix = prefix[: prefix.rfind("_") + 1]
        result[name] = [v[len(prefix):].lower().replace("_", "-") for v in values]
    return result


def typelib_enums():
    try:
        import gi
        gi.require_version("Ptce", "1.0")
        from gi.repository import Ptce
    except (ImportError, ValueError) as e:
        print("# typelib not checked (%s); the header was" % e)
        return None
    result = {}
    for c_name in SCHEMA_NAMES:
        t = getattr(Ptce, c_name[len("Ptce"):])
        if hasattr(t, "__flags_values__"):
            result[c_name] = [v.first_value_nick for k, v in sorted(t.__flags_values__.items()) if k != 0]
        else:
            result[c_name] = [v.value_nick for k, v in sorted(t.__enum_values__.items())]
    return result


def check_enums(schema, enums, origin):
    defs = schema["$defs"]
    for c_name, words in enums.items():
        if c_name in NOT_IN_FORMAT:
            continue
        if c_name not in SCHEMA_NAMES:
            fail("%s: %s has no counterpart in the schema (add it to SCHEMA_NAMES)" % (origin, c_name))
            continue
        schema_words = defs[SCHEMA_NAMES[c_name]]["enum"]
        if schema_words != words:
            fail("%s: %s is %s, the schema says %s" % (origin, c_name, words, schema_words))
        else:
            print("ok: %s words of %s" % (origin, c_name))
    for c_name in SCHEMA_NAMES:
        if c_name not in enums:
            fail("%s: %s is in the schema but not in libptce" % (origin, c_name))


def main():
    schema_path, header = sys.argv[1], sys.argv[2]
    dirs = sys.argv[3:]
    schema = load(schema_path)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    print("ok: the schema is a valid", validator_class.__name__)

    n_files = 0
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".json"):
                continue
            path = os.path.join(d, name)
            errors = list(validator.iter_errors(load(path)))
            n_files += 1
            if name.startswith("bad-"):
                if not errors:
                    fail("%s validates, but it should not" % path)
                else:
                    print("ok: %s is refused" % path)
            elif errors:
                for e in errors:
                    fail("%s: %s at %s" % (path, e.message, "/".join(str(p) for p in e.absolute_path)))
            else:
                print("ok: %s" % path)
    if n_files < 5:
        fail("only %d files were checked in %s" % (n_files, dirs))

    # documents that break ptce/1 must be refused
    base = {"format": "ptce/1", "actors": [{"id": "a"}],
            "poles": [{"id": "p", "fundings": [{"amount": 1}], "cooperations": [{"id": "c", "mode": "cooperation"}]}]}
    assert not list(validator.iter_errors(base))
    broken = []
    for mutate in [
        lambda d: d.pop("format"),
        lambda d: d.update(format="ptce/2"),
        lambda d: d["actors"][0].update(kind="entreprise"),
        lambda d: d["actors"][0].pop("id"),
        lambda d: d["poles"][0]["fundings"][0].update(amount=-1),
        lambda d: d["poles"][0]["fundings"][0].update(duration_months=1.5),
        lambda d: d["poles"][0].update(founded="26/11/2014"),
        lambda d: d["poles"][0]["cooperations"][0].pop("mode"),
        lambda d: d["poles"][0].update(typology=["none"]),
    ]:
        doc = copy.deepcopy(base)
        mutate(doc)
        broken.append(doc)
    for i, doc in enumerate(broken):
        if not list(validator.iter_errors(doc)):
            fail("broken document %d validates: %s" % (i, json.dumps(doc)))
    print("ok: %d broken documents are refused" % len(broken))

    # unknown members are legal everywhere
    extra = copy.deepcopy(base)
    extra["x"] = 1
    extra["actors"][0]["x"] = {"y": [1]}
    extra["poles"][0]["cooperations"][0]["x"] = None
    if list(validator.iter_errors(extra)):
        fail("unknown members are refused")

    check_enums(schema, header_enums(header), "ptce-enums.h")
    from_typelib = typelib_enums()
    if from_typelib is not None:
        check_enums(schema, from_typelib, "typelib")

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
