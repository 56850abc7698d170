"""Names of the States the corpus uses, as reports in each language commonly write them.

These are the corpus's own expectations, written by hand (short common names, not the formal
UN names), so that the yardstick does not borrow the reader's vocabulary. Only the *codes* are
checked against the project's `states.tsv`, so that an expected code is always one the
canonical document can hold.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGS = ("en", "fr", "es", "de", "it", "nl", "pt")

# code: en, fr, es, de, it, nl, pt
_TABLE = """
AGO|Angola|Angola|Angola|Angola|Angola|Angola|Angola
ARE|United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|Vereinigte Arabische Emirate|Emirati Arabi Uniti|Verenigde Arabische Emiraten|Emirados Árabes Unidos
ARG|Argentina|Argentine|Argentina|Argentinien|Argentina|Argentinië|Argentina
AUS|Australia|Australie|Australia|Australien|Australia|Australië|Austrália
AUT|Austria|Autriche|Austria|Österreich|Austria|Oostenrijk|Áustria
BEL|Belgium|Belgique|Bélgica|Belgien|Belgio|België|Bélgica
BEN|Benin|Bénin|Benín|Benin|Benin|Benin|Benim
BFA|Burkina Faso|Burkina Faso|Burkina Faso|Burkina Faso|Burkina Faso|Burkina Faso|Burkina Faso
BGR|Bulgaria|Bulgarie|Bulgaria|Bulgarien|Bulgaria|Bulgarije|Bulgária
BIH|Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina|Bosnien und Herzegowina|Bosnia ed Erzegovina|Bosnië en Herzegovina|Bósnia e Herzegovina
BOL|Bolivia|Bolivie|Bolivia|Bolivien|Bolivia|Bolivia|Bolívia
BRA|Brazil|Brésil|Brasil|Brasilien|Brasile|Brazilië|Brasil
BWA|Botswana|Botswana|Botsuana|Botsuana|Botswana|Botswana|Botsuana
CAN|Canada|Canada|Canadá|Kanada|Canada|Canada|Canadá
CHE|Switzerland|Suisse|Suiza|Schweiz|Svizzera|Zwitserland|Suíça
CHL|Chile|Chili|Chile|Chile|Cile|Chili|Chile
CHN|China|Chine|China|China|Cina|China|China
CIV|Côte d'Ivoire|Côte d'Ivoire|Côte d'Ivoire|Elfenbeinküste|Costa d'Avorio|Ivoorkust|Costa do Marfim
CMR|Cameroon|Cameroun|Camerún|Kamerun|Camerun|Kameroen|Camarões
COD|Democratic Republic of the Congo|République démocratique du Congo|República Democrática del Congo|Demokratische Republik Kongo|Repubblica Democratica del Congo|Democratische Republiek Congo|República Democrática do Congo
COL|Colombia|Colombie|Colombia|Kolumbien|Colombia|Colombia|Colômbia
CRI|Costa Rica|Costa Rica|Costa Rica|Costa Rica|Costa Rica|Costa Rica|Costa Rica
CYP|Cyprus|Chypre|Chipre|Zypern|Cipro|Cyprus|Chipre
CZE|Czech Republic|République tchèque|República Checa|Tschechien|Repubblica Ceca|Tsjechië|Chéquia
DEU|Germany|Allemagne|Alemania|Deutschland|Germania|Duitsland|Alemanha
DNK|Denmark|Danemark|Dinamarca|Dänemark|Danimarca|Denemarken|Dinamarca
ECU|Ecuador|Équateur|Ecuador|Ecuador|Ecuador|Ecuador|Equador
EGY|Egypt|Égypte|Egipto|Ägypten|Egitto|Egypte|Egito
ESP|Spain|Espagne|España|Spanien|Spagna|Spanje|Espanha
EST|Estonia|Estonie|Estonia|Estland|Estonia|Estland|Estónia
FIN|Finland|Finlande|Finlandia|Finnland|Finlandia|Finland|Finlândia
FJI|Fiji|Fidji|Fiji|Fidschi|Figi|Fiji|Fiji
FRA|France|France|Francia|Frankreich|Francia|Frankrijk|França
GBR|United Kingdom|Royaume-Uni|Reino Unido|Vereinigtes Königreich|Regno Unito|Verenigd Koninkrijk|Reino Unido
GHA|Ghana|Ghana|Ghana|Ghana|Ghana|Ghana|Gana
GRC|Greece|Grèce|Grecia|Griechenland|Grecia|Griekenland|Grécia
HKG|Hong Kong|Hong Kong|Hong Kong|Hongkong|Hong Kong|Hongkong|Hong Kong
HUN|Hungary|Hongrie|Hungría|Ungarn|Ungheria|Hongarije|Hungria
IDN|Indonesia|Indonésie|Indonesia|Indonesien|Indonesia|Indonesië|Indonésia
IND|India|Inde|India|Indien|India|India|Índia
IRL|Ireland|Irlande|Irlanda|Irland|Irlanda|Ierland|Irlanda
ISR|Israel|Israël|Israel|Israel|Israele|Israël|Israel
ITA|Italy|Italie|Italia|Italien|Italia|Italië|Itália
JOR|Jordan|Jordanie|Jordania|Jordanien|Giordania|Jordanië|Jordânia
JPN|Japan|Japon|Japón|Japan|Giappone|Japan|Japão
KEN|Kenya|Kenya|Kenia|Kenia|Kenya|Kenia|Quénia
KOR|Republic of Korea|République de Corée|República de Corea|Südkorea|Corea del Sud|Zuid-Korea|Coreia do Sul
KWT|Kuwait|Koweït|Kuwait|Kuwait|Kuwait|Koeweit|Kuwait
LTU|Lithuania|Lituanie|Lituania|Litauen|Lituania|Litouwen|Lituânia
LVA|Latvia|Lettonie|Letonia|Lettland|Lettonia|Letland|Letónia
MAR|Morocco|Maroc|Marruecos|Marokko|Marocco|Marokko|Marrocos
MEX|Mexico|Mexique|México|Mexiko|Messico|Mexico|México
MKD|North Macedonia|Macédoine du Nord|Macedonia del Norte|Nordmazedonien|Macedonia del Nord|Noord-Macedonië|Macedónia do Norte
MOZ|Mozambique|Mozambique|Mozambique|Mosambik|Mozambico|Mozambique|Moçambique
MYS|Malaysia|Malaisie|Malasia|Malaysia|Malaysia|Maleisië|Malásia
NER|Niger|Niger|Níger|Niger|Niger|Niger|Níger
NLD|Netherlands|Pays-Bas|Países Bajos|Niederlande|Paesi Bassi|Nederland|Países Baixos
NOR|Norway|Norvège|Noruega|Norwegen|Norvegia|Noorwegen|Noruega
NZL|New Zealand|Nouvelle-Zélande|Nueva Zelandia|Neuseeland|Nuova Zelanda|Nieuw-Zeeland|Nova Zelândia
OMN|Oman|Oman|Omán|Oman|Oman|Oman|Omã
PER|Peru|Pérou|Perú|Peru|Perù|Peru|Peru
PHL|Philippines|Philippines|Filipinas|Philippinen|Filippine|Filipijnen|Filipinas
POL|Poland|Pologne|Polonia|Polen|Polonia|Polen|Polónia
PRT|Portugal|Portugal|Portugal|Portugal|Portogallo|Portugal|Portugal
PRY|Paraguay|Paraguay|Paraguay|Paraguay|Paraguay|Paraguay|Paraguai
QAT|Qatar|Qatar|Catar|Katar|Qatar|Qatar|Catar
ROU|Romania|Roumanie|Rumania|Rumänien|Romania|Roemenië|Roménia
RUS|Russian Federation|Russie|Rusia|Russland|Russia|Rusland|Rússia
SAU|Saudi Arabia|Arabie saoudite|Arabia Saudita|Saudi-Arabien|Arabia Saudita|Saoedi-Arabië|Arábia Saudita
SEN|Senegal|Sénégal|Senegal|Senegal|Senegal|Senegal|Senegal
SGP|Singapore|Singapour|Singapur|Singapur|Singapore|Singapore|Singapura
SRB|Serbia|Serbie|Serbia|Serbien|Serbia|Servië|Sérvia
SVK|Slovakia|Slovaquie|Eslovaquia|Slowakei|Slovacchia|Slowakije|Eslováquia
SVN|Slovenia|Slovénie|Eslovenia|Slowenien|Slovenia|Slovenië|Eslovénia
SWE|Sweden|Suède|Suecia|Schweden|Svezia|Zweden|Suécia
TGO|Togo|Togo|Togo|Togo|Togo|Togo|Togo
THA|Thailand|Thaïlande|Tailandia|Thailand|Thailandia|Thailand|Tailândia
TUN|Tunisia|Tunisie|Túnez|Tunesien|Tunisia|Tunesië|Tunísia
TUR|Türkiye|Türkiye|Türkiye|Türkei|Turchia|Turkije|Turquia
UKR|Ukraine|Ukraine|Ucrania|Ukraine|Ucraina|Oekraïne|Ucrânia
URY|Uruguay|Uruguay|Uruguay|Uruguay|Uruguay|Uruguay|Uruguai
USA|United States|États-Unis|Estados Unidos|Vereinigte Staaten|Stati Uniti|Verenigde Staten|Estados Unidos
VNM|Viet Nam|Viet Nam|Viet Nam|Vietnam|Vietnam|Vietnam|Vietname
XKX|Kosovo|Kosovo|Kosovo|Kosovo|Kosovo|Kosovo|Kosovo
ZAF|South Africa|Afrique du Sud|Sudáfrica|Südafrika|Sudafrica|Zuid-Afrika|África do Sul
"""


def _parse() -> dict[str, dict[str, str]]:
    table = {}
    for line in _TABLE.strip().splitlines():
        code, *names = line.split("|")
        if len(names) != len(LANGS):
            raise ValueError(f"states.py: {code} has {len(names)} names")
        table[code] = dict(zip(LANGS, names))
    return table


STATES = _parse()

_REPO = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """The alpha-3 codes of the project's `states.tsv` (only to check that the corpus expects
    codes the document can hold)."""
    path = _REPO / "crates" / "att-schema" / "data" / "states.tsv"
    codes = set()
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        codes.add(line.split("\t", 1)[0])
    return frozenset(codes)

