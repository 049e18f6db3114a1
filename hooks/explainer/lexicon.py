"""Small generic word lists that several stages share: people, organisations, places, speech.

Reads: nothing. Produces: frozen sets and maps used by the people, quotes, figures and compare
stages and the pages (speech cues: the quotes stage finds speech with them; compare and people
use the same list to tell a speech verb from a claim word).
Limits: English only; the country/demonym gazetteer is deliberately small (the countries most
often in international news) and is easy to extend. Nothing here names a person or an outlet.
"""

from __future__ import annotations

import unicodedata

# Titles that put a role on the name that follows. Longest first when matched (see TITLE_SEQS).
TITLES = (
    "Vice President", "President", "President-elect", "Prime Minister", "Deputy Prime Minister",
    "Secretary of State", "Secretary-General", "Secretary General", "Attorney General",
    "Defense Secretary", "Defence Secretary", "Foreign Secretary", "Home Secretary",
    "Treasury Secretary", "Secretary", "Defense Minister", "Defence Minister",
    "Foreign Minister", "Finance Minister", "Interior Minister", "Justice Minister",
    "Health Minister", "Trade Minister", "Economy Minister", "Energy Minister", "Minister",
    "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Ambassador",
    "Governor", "Gov.", "Mayor", "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.",
    "Commander", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Judge",
    "Chief Justice", "Justice", "Speaker", "Commissioner", "Chairman", "Chairwoman",
    "Spokesman", "Spokeswoman", "Spokesperson", "Sheikh", "Emir", "Professor", "Prof.",
    "Director", "Chief Executive", "CEO", "Coach", "Manager", "Captain", "Bishop", "Rabbi",
    "Imam", "Lord", "Lady", "Councillor", "Councilor", "Councilman", "Councilwoman",
    "Crown Prince", "High Commissioner", "Special Envoy", "Envoy", "Prosecutor", "Leader",
    "Cllr", "Cllr.", "Premier", "Vice-President", "Vice-Chancellor", "Vice-Premier",
    "Attorney-General", "Governor-General", "Director-General", "Major-General",
    "Lieutenant-General", "PM", "Inspector", "Inspector General", "Chief Inspector",
    "Sergeant", "Constable", "Detective", "Superintendent", "Corporal", "Lieutenant",
)
# Head words of compound titles not listed above: "Health Secretary", "Labour Minister".
TITLE_HEADS = frozenset(
    """Minister Secretary Director Commissioner Coach Manager Chief Representative Envoy Adviser
    Advisor Ambassador Governor Commander Spokesman Spokeswoman Spokesperson Prosecutor
    Chairman Chairwoman President Councillor Leader""".split()
)
# Words that extend the title after them ("Acting Defense Secretary", "Deputy Governor",
# "Former Prime Minister"), capitalised inside a title run or lower case before it.
TITLE_MODIFIERS = frozenset(
    """Acting Deputy Vice Assistant Associate Interim Former First Chief Senior Special
    Principal Lieutenant Executive Under Permanent Outgoing Incoming""".split()
)
LOWER_TITLE_MODIFIERS = frozenset("former acting interim outgoing incoming deputy".split())
# The portfolio after "Minister of" / "Secretary of": "Minister of Foreign Affairs X".
PORTFOLIO_WORDS = frozenset(
    """Foreign Affairs Defence Defense Justice Health Finance Interior Education Labour Labor
    Trade Economy Energy Agriculture Transport Environment State Commerce Industry Culture
    Tourism Home Housing Immigration Security Planning Development Public Works Mines Oil
    Petroleum Fisheries Information Communications Sport Sports Youth Women Social Welfare
    National Internal External Economic International Cooperation Relations Science
    Technology Infrastructure Water Family Digital Climate""".split()
)
# Honorifics mark a person but state no role.
HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr", "Sir", "Dame")

TITLE_SEQS = sorted(
    (tuple(t.split()) for t in TITLES + HONORIFICS), key=lambda seq: (-len(seq), seq)
)

# Nouns that name a role in an appositive ("X, a Colombia expert at ...") or stand for a
# person ("the Colombian leader").
ROLE_NOUNS = frozenset(
    "expert analyst professor researcher director spokesman spokeswoman spokesperson official "
    "economist adviser advisor fellow lawyer head chief president minister ambassador senator "
    "correspondent historian scholar lecturer founder leader member editor author diplomat "
    "commander general secretary governor mayor chairman chairwoman chair envoy negotiator "
    "strategist consultant activist candidate lawmaker legislator deputy aide "
    # occupations written in lower case before a name ("crane operator X", "union organiser X")
    "executive operator organiser organizer mediator arbitrator judge manager officer worker "
    "driver nurse teacher doctor engineer inspector accountant banker trader broker farmer "
    "pilot owner treasurer campaigner steward technician clerk journalist reporter attorney "
    "prosecutor magistrate scientist surgeon captain coach goalkeeper player superintendent "
    "administrator coordinator supervisor representative councillor councilor councilman "
    "councilwoman counterpart commissioner premier "
    # scientists quoted on disasters and health ("USGS seismologist X")
    "seismologist geologist volcanologist meteorologist climatologist epidemiologist "
    "virologist biologist ecologist psychologist sociologist criminologist physicist "
    "photographer "
    # family: "his wife, X" (see KIN_NOUNS)
    "wife husband widow widower son daughter mother father brother sister spouse".split()
)
# Family nouns state a relation, not a post: no side comes from them ("his Chinese wife").
KIN_NOUNS = frozenset("wife husband widow widower son daughter mother father brother sister "
                      "spouse".split())
# Party and political nouns that can stand for a person ("the Republican insinuated").
PARTY_NOUNS = frozenset(
    "Republican Democrat Conservative Socialist Labourite Tory Liberal Leftist Peronist".split()
)

COUNTRIES = frozenset(
    """Afghanistan Argentina Australia Austria Belgium Bolivia Brazil Canada Chile China Colombia
    Cuba Denmark Ecuador Egypt Finland France Germany Greece Guatemala Haiti Honduras Hungary
    India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kenya Lebanon Libya Mexico
    Morocco Netherlands Nicaragua Nigeria Norway Pakistan Panama Paraguay Peru Philippines
    Poland Portugal Qatar Russia Saudi Arabia Spain Sudan Sweden Switzerland Syria Taiwan
    Turkey Ukraine Uruguay Venezuela Vietnam Yemen Gaza Palestine Korea""".split()
) | {"United States", "United Kingdom", "South Africa", "South Korea", "North Korea",
     "Saudi Arabia", "El Salvador", "Costa Rica", "Dominican Republic", "New Zealand",
     "U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "America"}

# Demonyms (and country abbreviations used as adjectives) -> the country they point to.
DEMONYMS = {
    "American": "United States", "U.S.": "United States", "US": "United States",
    "North American": "United States", "British": "United Kingdom", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Colombian": "Colombia", "Venezuelan": "Venezuela",
    "Brazilian": "Brazil", "Mexican": "Mexico", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Chilean": "Chile", "Peruvian": "Peru", "Ecuadorian": "Ecuador",
    "Bolivian": "Bolivia", "Cuban": "Cuba", "Canadian": "Canada", "Chinese": "China",
    "Russian": "Russia", "Ukrainian": "Ukraine", "French": "France", "German": "Germany",
    "Spanish": "Spain", "Italian": "Italy", "Portuguese": "Portugal", "Israeli": "Israel",
    "Palestinian": "Palestine", "Iranian": "Iran", "Iraqi": "Iraq", "Syrian": "Syria",
    "Turkish": "Turkey", "Egyptian": "Egypt", "Saudi": "Saudi Arabia", "Indian": "India",
    "Pakistani": "Pakistan", "Japanese": "Japan", "Korean": "Korea",
    "South Korean": "South Korea", "North Korean": "North Korea", "Australian": "Australia",
    "Dutch": "Netherlands", "Polish": "Poland", "Swedish": "Sweden", "Norwegian": "Norway",
    "Greek": "Greece", "Irish": "Ireland", "Nigerian": "Nigeria", "Kenyan": "Kenya",
    "Panamanian": "Panama", "Nicaraguan": "Nicaragua", "Honduran": "Honduras",
    "Guatemalan": "Guatemala", "Haitian": "Haiti", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Qatari": "Qatar", "Lebanese": "Lebanon", "Filipino": "Philippines",
}
# The rest of the world's states, with their adjectives ("Ethiopian Prime Minister X" is on
# Ethiopia's side even when the cluster never writes "Ethiopia"). Names that are also common
# first names (Chad, Georgia) and adjectives that are also languages of teaching ("English
# teacher") are left out: a side from them would be wrong more often than right.
_MORE = """Albania:Albanian Algeria:Algerian Angola:Angolan Armenia:Armenian Austria:Austrian
    Azerbaijan:Azerbaijani Bahrain:Bahraini Bangladesh:Bangladeshi Belarus:Belarusian
    Belgium:Belgian Benin:Beninese Bosnia:Bosnian Botswana:Botswanan Bulgaria:Bulgarian
    Burundi:Burundian Cambodia:Cambodian Cameroon:Cameroonian Congo:Congolese Croatia:Croatian
    Cyprus:Cypriot Czechia:Czech Denmark:Danish Djibouti:Djiboutian Eritrea:Eritrean
    Estonia:Estonian Ethiopia:Ethiopian Fiji:Fijian Finland:Finnish Gabon:Gabonese
    Gambia:Gambian Ghana:Ghanaian Guinea:Guinean Guyana:Guyanese Hungary:Hungarian
    Iceland:Icelandic Indonesia:Indonesian Jamaica:Jamaican Jordan:Jordanian
    Kazakhstan:Kazakh Kosovo:Kosovar Kuwait:Kuwaiti Kyrgyzstan:Kyrgyz Laos:Lao Latvia:Latvian
    Liberia:Liberian Libya:Libyan Lithuania:Lithuanian Madagascar:Malagasy Malawi:Malawian
    Malaysia:Malaysian Maldives:Maldivian Mali:Malian Malta:Maltese Mauritania:Mauritanian
    Moldova:Moldovan Mongolia:Mongolian Montenegro:Montenegrin Morocco:Moroccan
    Mozambique:Mozambican Myanmar:Burmese Namibia:Namibian Nepal:Nepali Niger:Nigerien
    Oman:Omani Romania:Romanian Rwanda:Rwandan Senegal:Senegalese Serbia:Serbian
    Singapore:Singaporean Slovakia:Slovak Slovenia:Slovenian Somalia:Somali Sudan:Sudanese
    Switzerland:Swiss Taiwan:Taiwanese Tajikistan:Tajik Tanzania:Tanzanian Thailand:Thai
    Tunisia:Tunisian Turkmenistan:Turkmen Uganda:Ugandan Uzbekistan:Uzbek Vietnam:Vietnamese
    Yemen:Yemeni Zambia:Zambian Zimbabwe:Zimbabwean Afghanistan:Afghan Cuba:Cuban
    El_Salvador:Salvadoran Costa_Rica:Costa_Rican Dominican_Republic:Dominican
    South_Africa:South_African Sri_Lanka:Sri_Lankan Sierra_Leone:Sierra_Leonean
    Burkina_Faso:Burkinabe Ivory_Coast:Ivorian North_Macedonia:Macedonian
    United_Arab_Emirates:Emirati South_Sudan:South_Sudanese New_Zealand:New_Zealand
    Scotland:Scottish Brunei:Bruneian Bhutan:Bhutanese Lesotho:Basotho
    Luxembourg:Luxembourgish Mauritius:Mauritian Suriname:Surinamese Eswatini:Swazi"""
for _pair in _MORE.split():
    _country, _adjective = (w.replace("_", " ") for w in _pair.split(":"))
    DEMONYMS.setdefault(_adjective, _country)
COUNTRIES = COUNTRIES | {p.split(":")[0].replace("_", " ") for p in _MORE.split()} | {
    "Czech Republic", "UAE", "Bosnia and Herzegovina", "Papua New Guinea", "Timor-Leste"}
COUNTRY_ALIASES = {"U.S.": "United States", "US": "United States", "USA": "United States",
                   "U.S.A.": "United States", "America": "United States",
                   "UK": "United Kingdom", "U.K.": "United Kingdom",
                   "UAE": "United Arab Emirates", "Czech Republic": "Czechia"}

# A run containing one of these words names an organisation, never a person.
ORG_WORDS = frozenset(
    """Group Ministry Treasury House Congress Council Department Agency Bank Party Committee
    Court University Institute Commission Office Senate Parliament Assembly Army Navy Police
    Union Association Foundation Corporation Company Inc. Ltd. Forces Organization Organisation
    Fund Administration Government Cabinet Embassy Coalition Alliance Federation Network
    Center Centre Council Board Bureau Service Times Post News Press Journal Reuters Club
    Airlines Airport Church Tribunal Program Programme Initiative Front Movement Cartel
    Ltd Inc Corp Corp. LLC PLC Plc GmbH AG Holdings Industries Terminals Shipping Line Lines
    Logistics Partners Systems Technologies Motors Airways Railways Trading Chamber Commerce
    Authority Radio Wire Courier Herald Gazette Tribune Chronicle Telegraph Daily Weekly
    Magazine Broadcasting Television TV Channel Media Trust Cooperation Force Team Images
    Photo Photos""".split()
)
# A run containing one of these words names a place.
PLACE_WORDS = frozenset(
    """Strip Sea Ocean River Plaza Square Street Avenue Island Islands Mountains Mountain Bay
    Gulf Valley Province City County Region Peninsula Desert Lake Canal Pacific Atlantic
    Park Bridge Palace Port Coast Border Basin Highway District Capitol Road Dam Reservoir
    Falls Canyon Harbour Harbor Mount Hills Forest Airport Station Cathedral Stadium
    Terminal Quay Pier Wharf Docks Tower Building Hotel Estate Garden Gardens""".split()
)
# Regions, the capitals of the countries above and the world's largest cities: names that stand
# alone without a place word. Capitals that are also common first names or surnames
# ("Santiago", "Victoria", "Kingston") are left out: the place words and locatives find them.
PLACES = frozenset(
    """Europe Africa Asia Caribbean Oceania Arctic Antarctica Balkans Sahel Scandinavia
    Kabul Canberra Vienna Brussels Brasília Ottawa Beijing Bogotá Havana Copenhagen Quito Cairo
    Helsinki Paris Berlin Athens Tegucigalpa Budapest Jakarta Tehran Baghdad Dublin Jerusalem
    Rome Tokyo Amman Nairobi Beirut Tripoli Rabat Amsterdam Managua Abuja Oslo Islamabad
    Asunción Lima Manila Warsaw Lisbon Doha Moscow Riyadh Madrid Khartoum Stockholm Bern
    Damascus Taipei Ankara Kyiv Montevideo Caracas Hanoi Sanaa Seoul London Washington
    Shanghai Mumbai Karachi Istanbul Lagos Chicago Toronto Sydney Singapore Geneva Dubai Miami
    Texas Florida California Earth Delhi Kolkata Mumbai Dhaka Osaka Chongqing Guangzhou
    Shenzhen Tianjin Wuhan Chengdu Lahore Bangalore Bengaluru Chennai Hyderabad Kinshasa
    Luanda Johannesburg Bangkok Yangon Ulaanbaatar Tashkent Almaty Baku
    Tbilisi Yerevan Minsk Bucharest Belgrade Zagreb Prague Bratislava Vilnius Riga
    Tallinn Accra Dakar Kampala Kigali Harare Lusaka Maputo Algiers Tunis
    Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Hawaii Idaho Illinois Iowa
    Kansas Kentucky Louisiana Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Nebraska Oklahoma Oregon Pennsylvania Tennessee Utah Vermont Wisconsin Wyoming""".split()
) | {"Latin America", "Middle East", "South America", "Central America", "North America",
     "Southeast Asia", "West Bank", "Washington D.C.", "New York", "Mexico City",
     "Buenos Aires", "La Paz", "Guatemala City", "Port-au-Prince", "New Delhi", "Panama City",
     "São Paulo", "Los Angeles", "Hong Kong", "White House", "Rio de Janeiro", "Cape Town",
     "Ho Chi Minh City", "Addis Ababa", "New Hampshire", "New Jersey", "New Mexico",
     "North Carolina", "North Dakota", "South Carolina", "South Dakota", "Rhode Island",
     "West Virginia"}
# Place names are often written without their accents ("Bogota", "Sao Paulo").
PLACES = PLACES | {
    "".join(c for c in unicodedata.normalize("NFKD", p) if not unicodedata.combining(c))
    for p in PLACES
}
# Seats of government that stand for their country before a role ("Kremlin spokesman X").
GOVERNMENT_SEATS = {
    "White House": "United States", "Pentagon": "United States", "Kremlin": "Russia",
    "Downing Street": "United Kingdom", "Whitehall": "United Kingdom", "Élysée": "France",
    "Elysee": "France", "Zhongnanhai": "China", "Blue House": "South Korea",
    "Quirinale": "Italy", "Casa Rosada": "Argentina", "Planalto": "Brazil",
    "Los Pinos": "Mexico", "Palacio Nacional": "Mexico", "Casa de Nariño": "Colombia",
}

# First words of a two-word place ("Las Cruces", "San Pedro", "Port Moresby"): never a person.
PLACE_PREFIXES = frozenset(
    "Las Los San Santa Santo São Saint St. Puerto Porto Fort Port Mount Lake Ciudad El".split()
)
# First words of storms and operations ("Hurricane Delia", "Operation Silver Lance").
EVENT_HEADS = frozenset("Hurricane Storm Typhoon Cyclone Tropical Operation".split())
# Last words of events ("the 2016 Federal Election", "the Paris Climate Summit"): no person's.
EVENT_TAILS = frozenset(
    """Election Elections Summit Conference Convention Games Olympics Festival Forum Talks
    Accord Accords Agreement Treaty Act War Revolution Crisis Referendum Congress Cup
    Championship Championships Awards Prize Lecture Memorial Expo""".split()
)
# Nouns before a ship's name ("the cargo ship Maria Luisa"): the name is the vessel's.
VESSEL_NOUNS = frozenset(
    """ship vessel tanker freighter frigate destroyer carrier yacht ferry boat submarine
    cruiser trawler liner steamer schooner corvette warship""".split()
)
# Capitalised words that start sentences or headings but never belong to a name.
NOT_NAME = frozenset(
    """The A An This That These Those In On At Of For From To By With After Before During Since
    Despite Although Though Whether Unless Because Until Whereas
    While When Where Why How What Who Whom Which Whose If But And Or
    Nor So Yet As Also Then Now Today Yesterday Tomorrow Here There It Its He She They We I You
    His Her Their Our My Your Somehow Firstly Secondly Thirdly First Second Third Finally
    However Meanwhile Moreover Furthermore Still Even Only Both Each Every Some Many Most
    Several Such Other Another Analysts Officials Observers Critics Experts Data Sources
    Asked According Speaking Participating Relations Tensions Home World News Business
    Politics Opinion Sport Sports Editor Staff Source Published Edited Updated Read More
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Mr Mrs Ms Dr Drug Drugs
    Sanctions Ally Power Concerns Deportation Is Are Was Were Be Not No Yes Lessons Learned
    Signals Details Agenda Implications Concerns Meeting Meets Talks Visit State Later Earlier
    Instead Afterwards Yesterday Tonight Recently Previously Initially Currently Separately
    Overall Indeed Perhaps Maybe Nevertheless Nonetheless Otherwise Likewise Similarly
    Additionally Ultimately Eventually Clearly Notably Last Next Under Between Among Against
    Without Within Across Around Through Amid Upon Via Like Unlike Following Including Given
    Once Whatever Whoever Dear Thanks Please Let Mrs Sir Madam""".split()
)
# Small words allowed inside a name run ("Juan de la Cruz").
NAME_CONNECTORS = frozenset("de da del della dos das du la le van von bin al der ter".split())
# Byline words that mark a desk or agency rather than a person.
NOT_PERSON_BYLINE = frozenset(
    "Staff Desk Editors Editorial Team Newsroom Reporters Agency Wire Correspondents".split()
)
PRONOUNS = frozenset({"he", "she"})


# Verbs and nouns that report speech or writing; lower case only, so "States" never matches.
SPEECH_CUES = (
    "according to", "According to", "in the words of", "In the words of", "said", "says",
    "say", "saying", "told", "tells",
    "telling", "warned", "warns", "warning", "declared", "declares", "declaring", "stated",
    "stating", "replied", "replies", "called", "calls", "calling", "described", "describes",
    "describing", "classified", "classifies", "rated", "rates", "characterised",
    "characterized", "characterises", "characterizes", "labelled", "labeled", "labels",
    "branded", "added", "adds", "noted", "notes", "insisted", "insists", "argued",
    "argues", "recorded", "wrote", "writes", "suggested", "suggests", "suggesting", "maintains",
    "maintained", "admitted", "admits", "admission", "claimed", "claims", "announced",
    "stressed", "emphasised", "emphasized", "promised", "vowed", "accused", "accusing",
    "denounced", "explained", "explains", "asked", "asks", "acknowledged", "conceded",
    "remarked", "responded", "answered", "posted", "tweeted", "commented", "confirmed", "urged",
    "pledged", "predicted", "affirmed", "assured", "reiterated", "repeated", "recalled",
    "boasted", "complained", "joked", "quipped", "cautioned", "told reporters", "mused",
    "countered", "objected", "concluded", "announces", "shouted", "tells", "adding",
    "shouting", "pointed out", "points out",
)
# Every word of a speech cue, lower case (compare leaves them out of what two claims share).
SPEECH_WORDS = frozenset(w.lower() for c in SPEECH_CUES for w in c.split())
WRITTEN_CUES = frozenset({"wrote", "writes", "posted", "tweeted", "recorded"})
# Cues a reporter puts before their subject ("..., said X", "asked X"): only after these is a
# name right after the cue its speaker; after "accused", "told", "urged" it is the object.
INVERTING_CUES = frozenset(
    """said says added adds asked asks replied replies wrote writes explained noted insisted
    declared answered responded stated remarked quipped joked conceded acknowledged recalled
    countered continued""".split()
)
