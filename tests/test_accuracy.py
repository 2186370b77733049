"""The accuracy harness (benchmarks/accuracy.py): its corpora, its scoring and its report.

These tests check the harness, not ocrshield's figures (benchmarks/accuracy.py reports those, and the README
quotes them). The table is printed so a test run shows it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from stdnum import luhn

REPO = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    """A module of benchmarks/ (they import each other by name, as the scripts do)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


accuracy = _load("accuracy")
corpus_dev = _load("corpus_dev")
corpus_promoted = _load("corpus_promoted")
corpus_promoted2 = _load("corpus_promoted2")
corpus_promoted3 = _load("corpus_promoted3")
corpus_heldout = _load("corpus_heldout")
GENERATED = [corpus_dev, corpus_promoted, corpus_promoted2, corpus_promoted3, corpus_heldout]
GENERATED_IDS = ["development", "promoted", "promoted-2", "promoted-3", "held-out"]


@pytest.fixture(scope="module")
def report(redactor: Any) -> Any:
    """A small seeded run of the generated corpora (8 records per kind, 3 for naive Presidio)."""
    return accuracy.run(
        records=8, seed=11, naive_records=3, redactor=redactor, corpora=tuple(GENERATED_IDS),
        tools=("ocrshield", "naive_presidio"),
    )


def _numbers(obj: Any) -> list[float]:
    if isinstance(obj, dict):
        return [n for k, v in obj.items() if k not in ("seconds", "acceptance") for n in _numbers(v)]
    if isinstance(obj, float):
        return [obj]
    return []


class TestCorpora:
    @pytest.mark.parametrize("module", GENERATED, ids=GENERATED_IDS)
    def test_deterministic_for_a_seed(self, module: ModuleType) -> None:
        """The same seed gives the same records; another seed gives others."""
        first = module.Corpus(5).records(2)
        again = module.Corpus(5).records(2)
        other = module.Corpus(6).records(2)

        assert [(r.kind, r.payload, r.planted, r.operational) for r in first] == [
            (r.kind, r.payload, r.planted, r.operational) for r in again
        ]
        assert [r.payload for r in first] != [r.payload for r in other]

    @pytest.mark.parametrize("module", GENERATED, ids=GENERATED_IDS)
    def test_record_independent_of_generation_order(self, module: ModuleType) -> None:
        """A record depends on (seed, kind, index) only, so a larger corpus starts with the smaller one."""
        corpus = module.Corpus(5)
        kind = corpus.kinds[-1]
        late = corpus.record(kind, 2)

        assert module.Corpus(5).record(kind, 2) == late

    @pytest.mark.parametrize("module", GENERATED, ids=GENERATED_IDS)
    def test_planted_and_operational_values_are_in_the_payload(self, module: ModuleType) -> None:
        """Everything recorded is really in the serialised payload: the labels describe the data."""
        for r in module.Corpus(3).records(3):
            text = accuracy.unescape(accuracy.serialise(r.payload))
            assert [] == [p.value for p in r.planted if p.value not in text]
            assert [] == [o.fragment for o in r.operational if o.fragment not in text]

    @pytest.mark.parametrize("module", GENERATED, ids=GENERATED_IDS)
    def test_pii_free_kinds_plant_nothing(self, module: ModuleType) -> None:
        """Operational records hold no personal data and are all operational values."""
        records = [r for r in module.Corpus(3).records(6) if r.kind in module.PII_FREE_KINDS]

        assert records
        assert [] == [r.planted for r in records if r.planted]
        assert all(r.operational for r in records)

    def test_every_development_kind_and_entity_is_generated(self) -> None:
        """A small development corpus already has every payload kind and every date-of-birth form."""
        records = corpus_dev.Corpus(11).records(8)
        planted = [p for r in records for p in r.planted]

        assert set(corpus_dev.KINDS) == {r.kind for r in records}
        assert set(corpus_dev.DOB_FORMS) <= {p.form for p in planted if p.entity == "DATE_OF_BIRTH"}

    @pytest.mark.parametrize("module", GENERATED[1:], ids=GENERATED_IDS[1:])
    def test_held_out_documents_are_read_by_general_ocr(self, module: ModuleType) -> None:
        """The held-out corpora have identity documents read by general OCR, and they plant values."""
        kinds = module.GENERAL_OCR_DOCUMENT_KINDS

        assert kinds and kinds <= set(module.Corpus.kinds)
        records = [module.Corpus(2).record(k, 0) for k in sorted(kinds)]
        assert all(r.planted for r in records)

    def test_identifiers_have_valid_check_digits(self) -> None:
        """Resident IDs carry a valid GB 11643 check digit (Faker's zh_CN `ssn`), bank cards a valid Luhn digit."""
        from stdnum.cn import ric

        planted = [p for r in corpus_dev.Corpus(2).records(10) for p in r.planted]
        ids = [p.value for p in planted if p.entity == "CN_RESIDENT_ID"]
        cards = [p.digits for p in planted if p.entity == "BANK_CARD"]

        assert ids and cards
        assert [] == [i for i in ids if len(i) != 18 or ric.calc_check_digit(i) != i[-1]]
        assert [] == [c for c in cards if not luhn.is_valid(c)]

    def test_dates_of_birth_in_every_form(self) -> None:
        """One date, written in each form the documents use."""
        import datetime as dt

        d = dt.date(1990, 3, 7)

        assert ["1990-03-07", "1990/3/7", "1990.03.07", "19900307", "1990年3月7日", "07-03-1990", "07 MAR 1990",
                "03/07/1990"] == [corpus_dev.format_dob(d, f) for f in corpus_dev.DOB_FORMS]

    def test_outside_corpus_is_skipped_without_its_data(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The outside corpus reads a git-ignored folder; without it, it is left out rather than failing."""
        outside = _load("corpus_outside")
        monkeypatch.setattr(outside, "DATA", tmp_path / "missing")

        assert None is accuracy.load_corpus("outside", 1)


class TestLeaked:
    def test_text_and_digits(self) -> None:
        """A value leaks as text; an identifier also leaks as its digits, whatever separators surround them."""
        phone = accuracy.Planted("PHONE_NUMBER", "138 0013 8000", digits="13800138000")
        name = accuracy.Planted("PERSON", "王晓明")

        def check(p: Any, out: str) -> bool:
            return bool(accuracy.leaked(p, out, accuracy._SEPARATORS.sub("", out)))

        assert (True, True, False) == (check(phone, "tel 138-0013-8000"), check(name, "姓名王晓明"),
                                       check(phone, "tel <PHONE_NUMBER>"))

    def test_occurrence_inside_another_planted_value_is_not_this_ones_leak(self) -> None:
        """`汉` inside the address `武汉市…` that leaked is the address's leak, not the ethnicity's."""
        ethnicity = accuracy.Planted("ETHNICITY", "汉")
        address = accuracy.Planted("ADDRESS", "湖北省武汉市江岸区")
        out = '{"Nation": "<ETHNICITY>", "Address": "湖北省武汉市江岸区"}'

        assert False is accuracy.leaked(ethnicity, out, out, [ethnicity, address])


class TestTally:
    def test_over_redaction_counts_multiplicity(self) -> None:
        """An operational value written twice and kept once counts one loss; precision follows."""
        record = accuracy.Record(
            "ops_log", 0, "RequestId=r-1 DocType=居民身份证 居民身份证 王晓明",
            (accuracy.Planted("PERSON", "王晓明"),),
            (accuracy.Operational("request_id", "RequestId=r-1"), accuracy.Operational("title_or_label", "居民身份证")),
            True,
        )
        tally = accuracy.Tally()
        tally.add(record, "RequestId=r-1 DocType=居民身份证 <PERSON> <PERSON>")
        overall = tally.figures()["overall"]

        assert {"planted": 1, "redacted": 1, "operational": 3, "destroyed": 1} == {
            k: overall[k] for k in ("planted", "redacted", "operational", "destroyed")
        }
        assert 0.5 == overall["precision"]

    def test_a_value_written_as_json_escapes_leaks(self) -> None:
        """A log line that holds a payload as `\\uXXXX` escapes (an `ensure_ascii` dump, once or twice encoded)
        leaks the value it spells; a label so written survives."""
        record = accuracy.Record(
            "ocr_log", 0, '200 {"words": "\\u59d3\\u540d"} {"words": "\\u9a6c\\u96c5\\u534e"}',
            (accuracy.Planted("PERSON", "马雅华"),), (accuracy.Operational("title_or_label", "姓名"),), True,
        )
        for escapes in ("\\u9a6c\\u96c5\\u534e", "\\\\u9a6c\\\\u96c5\\\\u534e"):
            tally = accuracy.Tally()
            tally.add(record, '200 {"words": "\\u59d3\\u540d"} {"words": "' + escapes + '"}')
            overall = tally.figures()["overall"]

            assert (0, 0) == (overall["redacted"], overall["destroyed"])

    def test_acceptance_figures(self) -> None:
        """Leaks of check-digit identifiers, of general-OCR documents and of payload fields, and lost labels of
        general-OCR documents, are counted apart."""
        doc = accuracy.Record(
            "ocr_doc", 0, {"lines": ["公民身份号码", "110105199003071239", "姓名", "王晓明"]},
            (accuracy.Planted("CN_RESIDENT_ID", "110105199003071239"), accuracy.Planted("PERSON", "王晓明")),
            (accuracy.Operational("title_or_label", "公民身份号码"), accuracy.Operational("title_or_label", "姓名")),
        )
        tally = accuracy.Tally()
        tally.add(doc, '{"lines": ["<X>", "110105199003071239", "姓名", "<PERSON>"]}')
        figures = accuracy.acceptance(tally, frozenset({"ocr_doc"}))

        assert {"leaked": (1, 2), "checked_leaked": (1, 1), "general_ocr_leaked": (1, 2),
                "general_ocr_labels_lost": (1, 2), "payload_fields_leaked": (1, 2)} == figures


class TestReport:
    def test_every_corpus_and_tool(self, report: Any) -> None:
        """The report covers the generated corpora, for ocrshield and for naive Presidio, every kind."""
        corpora = report.figures()["corpora"]

        assert sorted(GENERATED_IDS) == sorted(corpora)
        for name, module in zip(GENERATED_IDS, GENERATED, strict=True):
            assert ["naive_presidio", "ocrshield"] == sorted(corpora[name])
            figures = corpora[name]["ocrshield"]
            assert set(module.Corpus.kinds) == set(figures["records"])

    def test_figures_are_fractions(self, report: Any) -> None:
        """Every recall, precision and rate is in [0, 1]."""
        numbers = _numbers(report.figures()["corpora"])

        assert numbers
        assert [] == [n for n in numbers if not 0.0 <= n <= 1.0]

    def test_naive_presidio_runs_on_fewer_records(self, report: Any) -> None:
        """Naive Presidio is slow: it sees the first `naive_records` of each kind, and the table says so."""
        figures = report.figures()["corpora"]["development"]
        text = accuracy.table(report)

        assert {k: 3 for k in corpus_dev.KINDS} == figures["naive_presidio"]["records"]
        assert {k: 8 for k in corpus_dev.KINDS} == figures["ocrshield"]["records"]
        assert "naive Presidio on the first 3 of each kind" in text

    def test_table_json_and_csv(self, report: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The table names every corpus, entity type and kind; JSON and CSV hold the same figures. The table
        is printed."""
        text = accuracy.table(report)  # no examples: the held-out corpus is not looked into value by value
        with capsys.disabled():
            print("\n" + text)
        accuracy.main(["--quick", "--no-naive", "--corpus", "development", "--tool", "ocrshield",
                       "--json", str(tmp_path / "a.json"), "--csv", str(tmp_path / "a.csv")])
        figures = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
        rows = (tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()

        assert "== development corpus ==" in text and "== held-out corpus ==" in text
        assert [] == [name for name in corpus_dev.KINDS if name not in text]
        assert {"development": ["ocrshield"]} == {k: list(v) for k, v in figures["corpora"].items()}
        assert rows[0] == "commit,seed,corpus,tool,metric,key,count,missed,value"
        assert any(",development,ocrshield,overall,precision," in row for row in rows)
