import pytest

from graph.extract.status import STATUS_NOTATIONS, classify, load_rules


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Uppdraget har startat men bedöms inte vara klart vid årets slut.", ["ej-klart", "startat"]),
    ("Uppdraget har startat men bedöms inte vara helt klart vid årets slut.", ["ej-klart", "startat"]),
    ("Uppdraget har startat men bedöms inte vara genomfört vid årets slut.", ["ej-klart", "startat"]),
    ("Uppdraget är flerårigt och uppdragets del av innevarande år bedöms vara genomfört vid årets slut.",
     ["genomfort-for-aret"]),
    ("Uppdraget bedöms vara genomfört vid årets slut.", ["genomfort"]),
    ("Mot bakgrund av aktuell pandemi pausades arbetet i väntan på personal.", ["pausat"]),
    ("Med anledning av pandemin har utvecklingsarbetet pausats.", ["pausat"]),
    ("Implementering av överenskommelsen för sjukvård i hemmet pågår.", ["pagar"]),
    ("Uppdraget är under förberedelse.", ["pagar"]),
    ("Uppdraget har inte påbörjats.", ["ej-paborjat"]),
    ("Uppdraget är flerårigt.", ["flerarigt"]),
    ("I norra länsdelen är närsjukvårdsteamet tillfälligt pausat på grund av personalbrist.", []),
    ("Det pågår arbeten för att förbättra vårdkedjan för flera målgrupper, bland annat i länet.", []),
])
def test_status_variants(sentence: str, expected: list[str]) -> None:
    assert classify(sentence) == expected


def test_table_notations_are_known() -> None:
    rules = load_rules()
    assert rules
    assert all(n in STATUS_NOTATIONS for r in rules for n in r.notations)


def test_layout_does_not_matter() -> None:
    assert classify("Uppdraget har startat men\nbedöms inte vara   klart vid årets slut.") == ["ej-klart", "startat"]
