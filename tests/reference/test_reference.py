# test_reference.py: the reference layer from Python, through the typelib
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The same scenarios as the C tests, seen through GObject introspection:
# they catch wrong annotations (transfer, arrays, nullability, errors).

import os

import gi
import pytest

gi.require_version("Ptce", "1.0")
from gi.repository import GLib, Ptce  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "reference")


@pytest.fixture(scope="module")
def geo():
    return Ptce.Geography.get_default()


@pytest.mark.parametrize("code,name,dep,dep_name,region,epci,epci_name", [
    ("26281", "Romans-sur-Isère", "26", "Drôme", "84", "200068781", "CA Valence Romans Agglo"),
    ("40312", "Tarnos", "40", "Landes", "75", "244000659", "CC du Seignanx"),
    ("93039", "L'Île-Saint-Denis", "93", "Seine-Saint-Denis", "11", "200054781", "Métropole du Grand Paris"),
    ("2A004", "Ajaccio", "2A", "Corse-du-Sud", "94", "242010056", None),
    ("97411", "Saint-Denis", "974", "La Réunion", "04", "249740119", None),
])
def test_examples(geo, code, name, dep, dep_name, region, epci, epci_name):
    commune = geo.lookup_commune(code)
    assert commune.get_name() == name
    assert commune.props.name == name
    assert commune.get_kind() == Ptce.CommuneKind.CURRENT
    assert commune.get_departement() == dep
    assert geo.lookup_departement(dep).get_name() == dep_name
    assert commune.get_region() == region
    assert geo.lookup_departement(dep).get_region() == region
    assert commune.get_epci() == epci
    group = geo.lookup_epci(epci)
    if epci_name is not None:
        assert group.get_name() == epci_name
    assert code in group.get_members()
    assert isinstance(commune.get_postal_codes(), list)
    assert commune.get_vintage() == "2026"


def test_ept(geo):
    ile = geo.lookup_commune("93039")
    assert ile.get_ept() == "200057867"
    ept = geo.lookup_epci("200057867")
    assert ept.get_name() == "Plaine Commune"
    assert ept.get_kind() == Ptce.EpciKind.EPT
    assert not ept.is_fiscal()
    assert ept.get_tax_regime() is None
    assert ept.get_n_members() == len(ept.get_members()) == 8


def test_missing_is_none(geo):
    assert geo.lookup_commune("99999") is None
    assert geo.lookup_epci("212602817") is None
    assert geo.lookup_departement("20") is None
    assert geo.lookup_region("99") is None
    assert geo.lookup_commune_by_siren("212602817").get_code() == "26281"
    assert geo.lookup_commune("75101").get_parent() == "75056"


def test_list_models(geo):
    regions = geo.list_regions()
    assert regions.get_n_items() == 26
    assert sum(r.get_n_communes() for r in regions) == geo.get_n_communes() == 34969
    epcis = geo.list_epcis()
    assert len(epcis) == 1266
    assert isinstance(epcis[0], Ptce.Epci)


def test_search(geo):
    codes = [c.get_code() for c in geo.search_communes("ST-DENIS", 0)]
    assert codes[:2] == ["97411", "93066"]
    assert codes == [c.get_code() for c in geo.search_communes("saint denis", 0)]
    assert [c.get_code() for c in geo.search_communes("l'ile saint-denis", 3)][0] == "93039"
    assert len(geo.search_communes("saint", 5)) == 5
    assert [c.get_code() for c in geo.list_communes_by_postal_code("26100")] == ["26281"]


def test_check_commune(geo):
    assert geo.check_commune("26281")
    with pytest.raises(GLib.Error) as e:
        geo.check_commune("99999")
    assert e.value.matches(Ptce.error_quark(), Ptce.Error.INVALID_IDENTIFIER)
    assert "Unknown commune “99999” in 2026" in e.value.message
    with pytest.raises(GLib.Error) as e:
        geo.check_commune("75039")
    assert "93039" in e.value.message


def territory(vintage, communes=(), epcis=(), departements=(), regions=()):
    t = Ptce.Territory.new("test")
    t.set_vintage(vintage)
    t.set_communes(list(communes))
    t.set_epcis(list(epcis))
    t.set_departements(list(departements))
    t.set_regions(list(regions))
    return t


def test_resolve(geo):
    t = territory("2026", communes=["26281"], epcis=["244000659"], departements=["2A"], regions=["04"])
    r = geo.resolve(t)
    assert r.get_vintage() == "2026"
    assert len(r.get_problems()) == 0
    for code in ["26281", "40312", "2A004", "97411"]:
        assert r.contains_commune(code)
        assert geo.territory_contains_commune(t, code)
    assert not r.contains_commune("93039")
    codes = r.dup_commune_codes()
    assert len(codes) == r.get_n_communes()
    assert sum(c.get_population() for c in r.list_communes()) == r.get_population()
    assert r.dup_departements() == ["26", "2A", "40", "974"]
    assert r.dup_regions() == ["04", "75", "84", "94"]
    assert "244000659" in r.dup_epcis()
    assert r.covers_epci("244000659")


def test_resolve_context(geo):
    # Le PHARES: commune 93039 with its EPT, département and région.
    t = territory("2026", communes=["93039"], epcis=["200057867"], departements=["93"], regions=["11"])
    t.set_scale(Ptce.TerritoryScale.COMMUNE)
    r = geo.resolve(t)
    assert r.dup_commune_codes() == ["93039"]
    assert r.dup_context_codes() == ["200057867", "93", "11"]
    t.set_scale(Ptce.TerritoryScale.INTERCOMMUNAL)
    r = geo.resolve(t)
    assert r.get_n_communes() == 8
    assert r.dup_context_codes() == ["93", "11"]


def test_resolve_problems(geo):
    t = territory("2024", communes=["75039", "99999", "2a004", "01120"], epcis=["123"])
    r = geo.resolve(t)
    problems = [(p.get_kind(), p.get_code(), p.get_replacement()) for p in r.get_problems()]
    K = Ptce.GeographyProblemKind
    assert problems == [
        (K.VINTAGE_MISMATCH, "2024", None),
        (K.OBSOLETE_CODE, "75039", "93039"),
        (K.UNKNOWN_CODE, "99999", None),
        (K.MALFORMED_CODE, "2a004", None),
        (K.NOT_A_COMMUNE, "01120", "01262"),
        (K.MALFORMED_CODE, "123", None),
    ]
    assert all(p.get_vintage() == "2026" for p in r.get_problems())
    error = r.get_problems()[2].to_error()
    assert error.matches(Ptce.error_quark(), Ptce.Error.INVALID_IDENTIFIER)
    assert r.dup_commune_codes() == ["01262", "93039"]


def test_overlap(geo):
    agglo = territory("2026", epcis=["200068781"])
    drome = territory("2026", departements=["26"])
    landes = territory("2026", departements=["40"])
    assert geo.overlap(agglo, drome).get_n_communes() == 54
    assert geo.overlap(agglo, landes).is_empty()
    a = geo.resolve(agglo)
    b = geo.resolve(territory("2026", communes=["26281", "40312"]))
    assert a.intersect(b).dup_commune_codes() == ["26281"]


def test_actor_territory(geo):
    actor = Ptce.Actor.new("romans", "Ville de Romans-sur-Isère")
    actor.set_siren("212602817")
    t = geo.dup_actor_territory(actor)
    assert t.get_communes() == ["26281"]
    assert t.get_vintage() == "2026"
    company = Ptce.Actor.new("x", "x")
    company.set_siren("732829320")
    assert geo.dup_actor_territory(company) is None


def test_from_file():
    g = Ptce.Geography.new_from_file(os.path.join(DATA, "cog-2099.tsv"))
    assert g.get_vintage() == "2099"
    assert g.get_n_communes() == 3
    with pytest.raises(GLib.Error) as e:
        Ptce.Geography.new_from_file(os.path.join(DATA, "no-such-file.tsv"))
    assert e.value.matches(Ptce.error_quark(), Ptce.Error.IO)
    with pytest.raises(GLib.Error) as e:
        Ptce.Geography.new_from_bytes(GLib.Bytes.new(b"ptce-geography\t1.1\nvintage\t2099\nC\t1\n"))
    assert e.value.matches(Ptce.error_quark(), Ptce.Error.INVALID_REFERENCE_DATA)
    assert ":3:" in e.value.message


@pytest.mark.parametrize("check,value,fragment", [
    (Ptce.identifier_check_siren, "732829321", "check digit"),
    (Ptce.identifier_check_siren, "73282932", "length"),
    (Ptce.identifier_check_siret, "35600000049838", "multiple of 5"),
    (Ptce.identifier_check_rna, "W12345678", "length"),
    (Ptce.identifier_check_naf, "34.00A", "division 34"),
    (Ptce.identifier_check_commune_code, "2a004", "capital"),
])
def test_identifier_errors(check, value, fragment):
    with pytest.raises(GLib.Error) as e:
        check(value)
    assert e.value.matches(Ptce.error_quark(), Ptce.Error.INVALID_IDENTIFIER)
    assert fragment in e.value.message


def test_identifiers_valid():
    assert Ptce.identifier_check_siren("732829320")
    assert Ptce.identifier_check_siret("35600000049837")
    assert Ptce.identifier_check_siret_for_siren("73282932000074", "732829320")
    assert Ptce.identifier_check_rna("W751234567")
    assert Ptce.identifier_check_naf("88.99B")
    assert Ptce.identifier_check_commune_code("2B033")


def test_legal_categories():
    cats = Ptce.LegalCategories.get_default()
    assert len(cats.list()) == 260
    univ = cats.lookup("7383")
    assert univ.get_suggested_kind() == Ptce.ActorKind.HIGHER_EDUCATION
    assert univ.is_public_law()
    assert univ.get_ess_basis() == Ptce.EssBasis.NOT_ESS
    assert univ.get_ess_derivation() == Ptce.Derivation.INFERRED
    assoc = cats.lookup("9220")
    assert assoc.get_ess_family() == Ptce.EssFamily.ASSOCIATION
    assert assoc.get_ess_derivation() == Ptce.Derivation.EXPLICIT
    assert cats.lookup("1234") is None
    with pytest.raises(GLib.Error):
        cats.check("1234")


def test_inference():
    cats = Ptce.LegalCategories.get_default()
    actor = Ptce.Actor.new("scop", "Une SCOP")
    actor.set_legal_category("5458")
    inference = cats.infer_actor(actor)
    assert inference.get_kind() == Ptce.ActorKind.ENTERPRISE
    assert inference.get_kind_derivation() == Ptce.Derivation.INFERRED
    assert inference.get_ess_family() == Ptce.EssFamily.COOPERATIVE
    assert inference.get_ess_basis() == Ptce.EssBasis.BY_STATUS
    assert inference.is_ess_enterprise()
    assert inference.get_conflicts() == []
    assert inference.get_legal_category().get_code() == "5458"
    assert actor.get_kind() == Ptce.ActorKind.UNKNOWN
    assert inference.apply(actor)
    assert actor.get_kind() == Ptce.ActorKind.ENTERPRISE
    assert actor.is_ess_enterprise()

    stated = Ptce.Actor.new("a", "Une association dite coopérative")
    stated.set_legal_category("9220")
    stated.set_ess_family(Ptce.EssFamily.COOPERATIVE)
    inference = cats.infer_actor(stated)
    assert inference.get_ess_family() == Ptce.EssFamily.COOPERATIVE
    assert inference.get_ess_family_derivation() == Ptce.Derivation.EXPLICIT
    assert len(inference.get_conflicts()) == 1
