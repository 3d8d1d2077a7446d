# test_reference_cli.py: `ptce territory` and `ptce verify` as users run them
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The tool is the one of the build tree (PTCE_TOOL); English output unless
# a test asks for French (LANGUAGE=fr, the catalogue of the build tree).

import os
import re
import subprocess

import pytest

PTCE = os.environ["PTCE_TOOL"]
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "reference")
SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "samples")


def ptce(*args, french=False):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    if french:
        env["LANGUAGE"] = "fr"
    return subprocess.run([PTCE] + list(args), capture_output=True, text=True, env=env)


def lines(result):
    return result.stdout.splitlines()


@pytest.mark.parametrize("query,expected", [
    ("26281", ["Commune 26281 Romans-sur-Isère (2026)", "  Département: 26 Drôme",
               "  Région: 84 Auvergne-Rhône-Alpes",
               "  EPCI: 200068781 CA Valence Romans Agglo (communauté d'agglomération)",
               "  SIREN: 212602817", "  Postal codes: 26100"]),
    ("40312", ["Commune 40312 Tarnos (2026)",
               "  EPCI: 244000659 CC du Seignanx (communauté de communes)"]),
    ("93039", ["Commune 93039 L'Île-Saint-Denis (2026)",
               "  EPCI: 200054781 Métropole du Grand Paris (métropole)",
               "  EPT: 200057867 Plaine Commune", "  Former codes: 75039"]),
    ("2A004", ["Commune 2A004 Ajaccio (2026)", "  Département: 2A Corse-du-Sud", "  Région: 94 Corse"]),
    ("97411", ["Commune 97411 Saint-Denis (2026)", "  Département: 974 La Réunion",
               "  Région: 04 La Réunion"]),
    ("212602817", ["Commune 26281 Romans-sur-Isère (2026)"]),
    ("75101", ["Municipal arrondissement 75101 Paris 1er Arrondissement (2026)",
               "  Part of the commune: 75056 Paris"]),
    ("2A", ["Département 2A Corse-du-Sud (2026)", "  Région: 94 Corse", "  Chef-lieu: 2A004 Ajaccio"]),
    ("Tarnos", ["Commune 40312 Tarnos (2026)"]),
])
def test_territory_describes(query, expected):
    result = ptce("territory", query)
    assert result.returncode == 0, result.stderr
    for line in expected:
        assert line in lines(result), result.stdout


def test_territory_epci_members():
    result = ptce("territory", "200068781")
    assert result.returncode == 0
    out = lines(result)
    assert out[0] == "EPCI 200068781 CA Valence Romans Agglo (2026)"
    assert "  Kind: communauté d'agglomération, tax regime FPU" in out
    assert "  Départements: 26 Drôme" in out
    assert "  Régions: 84 Auvergne-Rhône-Alpes" in out
    assert "  Members (54):" in out
    members = [l for l in out if re.fullmatch(r"    \d[0-9AB]\d{3} .+", l)]
    assert len(members) == 54
    assert "    26281 Romans-sur-Isère" in members

    seignanx = lines(ptce("territory", "244000659"))
    assert seignanx[0] == "EPCI 244000659 CC du Seignanx (2026)"
    assert "    40312 Tarnos" in seignanx

    ept = lines(ptce("territory", "200057867"))
    assert ept[0] == "EPT 200057867 Plaine Commune (2026)"
    assert "    93039 L'Île-Saint-Denis" in ept


def test_territory_code_both_departement_and_region():
    out = lines(ptce("territory", "84"))
    assert "Département 84 Vaucluse (2026)" in out
    assert "Région 84 Auvergne-Rhône-Alpes (2026)" in out


def test_territory_search():
    result = ptce("territory", "saint", "denis", "--limit", "3")
    assert result.returncode == 0
    out = lines(result)
    assert out[0] == "Communes named like “saint denis” in 2026:"
    assert out[1] == "  97411 Saint-Denis (974 La Réunion)"
    assert out[2] == "  93066 Saint-Denis (93 Seine-Saint-Denis)"
    assert out[4] == "  … and more: use --limit to see them."


def test_territory_obsolete_and_unknown():
    result = ptce("territory", "75039")
    assert result.returncode == 0
    assert lines(result)[0] == "Commune code “75039” is obsolete in 2026: it is now 93039 L'Île-Saint-Denis"
    assert "Commune 93039 L'Île-Saint-Denis (2026)" in lines(result)

    result = ptce("territory", "99999")
    assert result.returncode == 1
    assert lines(result) == ["Unknown commune “99999” in 2026"]

    result = ptce("territory", "zzzqqq")
    assert result.returncode == 1
    assert lines(result) == ["No commune is named like “zzzqqq” in 2026."]


def test_territory_usage_errors():
    for args in (["territory"], ["territory", "--limit", "0", "x"],
                 ["territory", "--geography", "/nonexistent.tsv", "26281"],
                 ["territory", "--pole", "x", "26281"]):
        result = ptce(*args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("ptce: ")


def test_territory_other_vintage():
    result = ptce("territory", "--geography", os.path.join(DATA, "cog-2099.tsv"), "99001")
    assert result.returncode == 0
    assert lines(result)[0] == "Commune 99001 Ville-Nouvelle (2099)"


def test_territory_of_poles():
    result = ptce("territory", os.path.join(SAMPLES, "le-phares.json"))
    out = lines(result)
    # Written in the embedded vintage: no problem, hence 0.
    assert result.returncode == 0, result.stdout
    assert out[0] == "Territory of Le PHARES (phares)"
    assert "  Communes: 1" in out
    assert "  Geographic code: written in 2026, resolved against 2026" in out
    assert "  Read as where it lies: 200057867, 93, 11" in out
    assert not any(l.startswith("  Problem:") for l in out)

    result = ptce("territory", os.path.join(DATA, "verify-clean.json"), "--pole", "romans")
    assert result.returncode == 0
    out = lines(result)
    assert "  Communes: 54" in out
    assert "    200068781 CA Valence Romans Agglo (all of it)" in out


def test_verify_clean():
    result = ptce("verify", os.path.join(DATA, "verify-clean.json"))
    assert result.returncode == 0, result.stdout
    assert lines(result) == ["No problem found in 5 actors and 1 pole."]


def test_verify_problems():
    result = ptce("verify", os.path.join(DATA, "verify-problems.json"))
    assert result.returncode == 1
    out = lines(result)
    expected = [
        "Note: the file's codes are of the 2024 geographic code; they are checked against 2026.",
        "Actor Clé fausse (bad-siren)",
        "  - SIREN “732829321”: wrong check digit (Luhn): the last digit should be 0",
        "  - SIRET “35600000000048”: it is not an establishment of SIREN “732829320”: its SIREN part is “356000000”",
        "  - RNA “W12345678”: wrong length: 9 characters, 10 expected",
        "  - NAF “34.00A”: division 34 does not exist in NAF rév. 2",
        "  - Legal category “1234” is not in the INSEE nomenclature",
        "  - The ESS family “cooperative” is stated, but legal category 9220 (Association déclarée) is of the family “association”",
        "  - seat: Commune code “75039” is obsolete in 2026: it is now 93039 L'Île-Saint-Denis",
        "  - site 1 (atelier): SIRET “73282932000075”: wrong check digit (Luhn): the last digit should be 4",
        "  - site 1 (atelier): Unknown commune “99999” in 2026",
        "Territory of the pole Un pôle (pole)",
        "  - Unknown EPCI “212602817” in 2026: it is the SIREN of commune 26281 Romans-sur-Isère",
        "12 problems in 9 objects.",
    ]
    for line in expected:
        assert line in out, result.stdout


def test_verify_usage_errors():
    for args in (["verify"], ["verify", "a.json", "b.json"], ["verify", "/nonexistent.json"]):
        result = ptce(*args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert result.stderr.startswith("ptce: ")


def test_french():
    result = ptce("territory", "26281", french=True)
    assert result.returncode == 0
    assert "  Département : 26 Drôme" in lines(result)
    assert "  Codes postaux : 26100" in lines(result)
    result = ptce("territory", "99999", french=True)
    assert lines(result) == ["Commune « 99999 » inconnue en 2026"]
    result = ptce("verify", os.path.join(DATA, "verify-problems.json"), french=True)
    assert "  - SIREN « 732829321 » : clé de contrôle fausse (Luhn) : le dernier chiffre devrait être 0" in lines(result)
    assert "12 problèmes dans 9 objets." in lines(result)
