"""Golden tests for normalisation and the Chinese tokenizer."""

from __future__ import annotations

import pytest

from assistant.text import add_words, cn_number, normalize, quoted_terms, tokenize


def test_normalize_folds_width_traditional_and_case():
    assert normalize("無人機巡檢由哪個單位負責？") == "无人机巡检由哪个单位负责?"
    assert normalize("ＡＢＣ　１０ｋＶ") == "abc 10kv"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("便民接电点什么时候要建成？", ["便民", "接电", "便民接电点", "时候", "建成"]),
        ("高压双电源的重要用户", ["高压", "电源", "双电源", "重要", "用户"]),
        ("第十四项工作措施有哪些具体任务", ["第十", "十四", "第十四", "工作", "措施", "具体", "任务", "具体任务"]),
        ("Which unit is responsible?", ["which", "unit", "is", "responsible"]),
    ],
)
def test_tokenize_golden(text, tokens):
    add_words(["便民接电点"])  # a ledger term the assistant always teaches the tokenizer; the dictionary is process-wide
    assert tokenize(text) == tokens


def test_phrase_is_not_one_token():
    # A default regex tokenizer would return the whole run of Chinese characters.
    assert len(tokenize("提高自动采集终端覆盖率")) > 2


def test_user_dictionary_keeps_ledger_terms_whole():
    add_words(["临代正", "省自然资源厅"])
    toks = tokenize("“临代正”小区 省自然资源厅")
    assert "临代正" in toks and "省自然资源厅" in toks


def test_quoted_terms():
    assert quoted_terms("实现“先算后停、一停多用”和“零感知”") == ["先算后停、一停多用", "零感知"]


@pytest.mark.parametrize(("s", "n"), [("14", 14), ("十四", 14), ("二十", 20), ("十", 10), ("三", 3), ("两", 2), ("一百", None), ("abc", None)])
def test_cn_number(s, n):
    assert cn_number(s) == n
