"""English spellings of Egypt's governorates that papers use besides the ISO names
("Daqahliya", "Menoufia") are regions of their own (region_aliases.json, rebuilt)."""


def test_other_spellings_of_egyptian_governorates_are_regions(analyse):
    text = "On Saturday operators were told to switch off mobile service in Giza, Daqahliya and Menoufia."
    found = sorted(e["province_code"] for e in analyse(text) if e["status"] == "asserted")
    assert found == ["EG-DK", "EG-GZ", "EG-MNF"]
