"""The per-sentence memo shared by the stages: same answers, and no caller can change another's."""

from __future__ import annotations

from explainer._memo import per_sentence
from explainer.extract.people._runs import cap_runs
from explainer.extract.quotes._spans import quote_spans


def test_a_changed_result_does_not_reach_the_next_caller():
    calls: list[str] = []

    @per_sentence
    def words(text: str) -> list[list[str]]:
        calls.append(text)
        return [text.split()]

    first = words("a b")
    first.append(["x"])
    first[0].append("y")
    assert words("a b") == [["a", "b"]]
    assert calls == ["a b"], "computed once"


def test_memoised_stages_answer_as_before():
    text = "“We will not sign,” said Trade Minister Ana Voss of Orsavia on Tuesday."
    assert quote_spans(text) == quote_spans.__wrapped__(text)
    assert cap_runs(text) == cap_runs.__wrapped__(text)
