#!/usr/bin/python3
# check-i18n.py PTCE DATADIR: `ptce` speaks French when asked to, from the
# catalogue built in the tree (PTCE_LOCALEDIR=<build>/po): headings of the
# summary in the law's words, and errors, both the tool's and the library's.
#
# No fr_FR locale needs to be generated: with LC_ALL=C.UTF-8 (built into
# glibc) gettext honours LANGUAGE=fr, which it ignores only under "C"/POSIX.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

ptce, datadir = sys.argv[1:3]
fixture = os.path.join(datadir, 'summary-fixture.json')

EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
FR = dict(EN, LANGUAGE='fr')


def both(*args):
    return (run([ptce] + list(args), check=False, env=EN),
            run([ptce] + list(args), check=False, env=FR))


def test_catalogue_built():
    localedir = os.environ.get('PTCE_LOCALEDIR')
    if not localedir:
        raise Failure('PTCE_LOCALEDIR is not set in the test environment')
    mo = os.path.join(localedir, 'fr', 'LC_MESSAGES', 'libptce.mo')
    if not os.path.exists(mo):
        raise Failure('no catalogue at %s: where did meson put the .mo?' % mo)


def test_help_in_french():
    en, fr = both('--help')
    if en.returncode != 0 or fr.returncode != 0:
        raise Failure('ptce --help failed:\n%s%s' % (en.stderr, fr.stderr))
    if 'Commands:' not in en.stdout:
        raise Failure('English help has no "Commands:":\n' + en.stdout)
    if 'Commandes' not in fr.stdout or 'Commands:' in fr.stdout:
        raise Failure('LANGUAGE=fr: the help is not in French:\n' + fr.stdout)


def test_summary_in_french():
    en, fr = both('summary', fixture, '--date', '2022-06-15')
    if fr.returncode != 0:
        raise Failure('summary failed in French:\n' + fr.stderr)
    out = fr.stdout
    wanted = [
        r'1 pôle au 15 juin 2022',
        r'  Stade au 15 juin 2022 : en construction, depuis mars 2017',
        r"  Territoire : Communauté d'essai ; échelle intercommunale ; COG 2024",
        r'  Membres au 15 juin 2022 : 4 \(entreprises de l’ESS : 2\) ; '
        r'« en lien avec » : 2',
        r'    catégorie \(article 9\) +membres +dont ESS +en lien',
        r'    entreprises +3 +2 +0',
        r'    collectivités territoriales +0 +1',
        r'    centres de recherche +0 +1',
        r'    organismes de formation +1 +0 +0',
        r'  Coopérations actives au 15 juin 2022 : 3',
        r'    mutualisation +1',
        r'    coopération +1',
        r'    partenariat +1',
        r'  Projets : 2',
        r'    - Recyclerie \(2018– ; innovation sociale ; en cours à cette date\)',
        r'  Dernières observations :',
        r'    jobs : 30 jobs \(2020\) ; source : enquête 2020',
    ]
    lines = out.splitlines()
    # Either spaces or no-break spaces before the French colon.
    lines = [l.replace('\u00a0', ' ').replace('\u202f', ' ') for l in lines]
    missing = [w for w in wanted if not any(re.fullmatch(w, l) for l in lines)]
    if missing:
        raise Failure('LANGUAGE=fr: no line matches:\n  %s\n--- output ---\n%s'
                      % ('\n  '.join(missing), out))
    if en.stdout == fr.stdout:
        raise Failure('the French summary is the English one')


def test_dates_in_words():
    # French sentences write dates in words: « 1er », months by name, « le »
    # before a day and « en » before a month or a year.
    import json
    import tempfile
    with open(fixture, encoding='utf-8') as f:
        data = json.load(f)
    pole = data['poles'][0]
    pole['stages'] = [{'stage': 'emergence', 'since': '2015'},
                      {'stage': 'consolidation', 'since': '2019-03-01'}]
    cases = [
        (None, '2024-01-01', [r'1 pôle au 1er janvier 2024',
                              r'  Stade au 1er janvier 2024 : en consolidation, '
                              r'depuis le 1er mars 2019',
                              r'  Création : 2015']),
        ('2020-04-03', '2021-01-01', [r'  Stade au 1er janvier 2021 : dissous le 3 avril 2020']),
        ('2020', '2021-01-01', [r'  Stade au 1er janvier 2021 : dissous en 2020']),
    ]
    for dissolved, when, wanted in cases:
        if dissolved:
            pole['dissolved'] = dissolved
        with tempfile.NamedTemporaryFile('w', suffix='.json', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            fr = run([ptce, 'summary', f.name, '--date', when], check=False, env=FR)
            en = run([ptce, 'summary', f.name, '--date', when], check=False, env=EN)
        if fr.returncode != 0:
            raise Failure('summary failed in French:\n' + fr.stderr)
        lines = [l.replace('\u00a0', ' ').replace('\u202f', ' ')
                 for l in fr.stdout.splitlines()]
        missing = [w for w in wanted if not any(re.fullmatch(w, l) for l in lines)]
        if missing:
            raise Failure('LANGUAGE=fr: no line matches:\n  %s\n--- output ---\n%s'
                          % ('\n  '.join(missing), fr.stdout))
        # English keeps ISO 8601
        if when not in en.stdout:
            raise Failure('English summary lost the ISO date %s:\n%s' % (when, en.stdout))


def test_errors_in_french():
    # The tool's own message.
    en, fr = both('summary', fixture, '--date', '2022-13-01')
    if fr.returncode != 2 or 'attendue' not in fr.stderr:
        raise Failure('LANGUAGE=fr: --date error not in French:\n' + fr.stderr)
    # The library's message about a bad file.
    bad = os.path.join(datadir, 'broken-kind.json')
    en, fr = both('summary', bad)
    if en.returncode != 2 or fr.returncode != 2:
        raise Failure('a bad file must exit 2:\n%s%s' % (en.stderr, fr.stderr))
    if en.stderr == fr.stderr:
        raise Failure('LANGUAGE=fr: the error about a bad file is not translated:\n'
                      + fr.stderr)


main([
    ('the French catalogue is built where PTCE_LOCALEDIR points', test_catalogue_built),
    ('ptce --help in French', test_help_in_french),
    ('ptce summary in French, with the law\'s words', test_summary_in_french),
    ('French dates in words, with « le » and « en »', test_dates_in_words),
    ('errors in French: the tool\'s and the library\'s', test_errors_in_french),
])
