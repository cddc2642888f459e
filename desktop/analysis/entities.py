"""Named people, organisations and places, each grouped under one canonical entity.

Three passes, all linear in the length of the text:

1. *Candidates.*  Runs of capitalised words (allowing "of", "von", initials and
   "Sen."-style abbreviations inside) are cut into names: titles ("President-elect",
   "House Speaker"), nationality adjectives ("Russian"), articles, weekdays and
   capitalised sentence openers are stripped, so possessives and titles stay
   outside the spans.  Gazetteers and cue words ("... Ministry", "... region")
   label what they can.
2. *Document evidence.*  A single word that ends a full personal name anywhere in
   the document is that person ("Trump" -> "Donald Trump"); a word labelled
   confidently once keeps that label everywhere; names listed together
   ("Lyon, Dijon and Grenoble") share a label.
3. *Context and the statistical tagger* label what is left; a lone capitalised
   word that opens a sentence and has no other evidence is dropped.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .dates import MONTHS
from .gazetteer import Gazetteer, Key, gazetteer
from .model import ORG, PERSON, PLACE, Entity, Mention, Sentence, Token
from .tagger import OUTSIDE, english_word, entity_tags, pos_tags
from .tokens import ABBREVIATIONS

# Tokens before a name that the statistical tagger sees (and one after).
WINDOW = 2
# Mentions of one name whose tagger labels are put to a vote.
TAGGER_VOTES = 3
# Words a title leaves in lower case: "Narrative and Systematic Reviews for the Field".
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with via vs".split())
# Words that make a line an address or affiliation, not a title: "Department of Physics, University of Leeds".
AFFILIATION_WORDS = frozenset(
    "university department faculty school college institute centre center ministry hospital laboratory lab office "
    "agency".split()
)

# Lower-case particles that may sit inside a name between capitalised words.
CONNECTORS = frozenset(
    "of de da dos das del della dei degli des di van von der den ten ter la le los las du bin ibn al es y & st".split()
)
# Small words inside a name that a foreign head word opens: "Fundação para a Ciência e a Tecnologia",
# "Ufficio Scolastico Regionale per la Calabria", "Secretaría de Cultura y Turismo",
FOREIGN_LINKS = frozenset(
    "para per pour a à ao aos às o os e y et für und en sur la le el de da do del della di des van het voor "
    # and the lower-case adjectives French names keep: "École secondaire Jeanne-Lavoie"
    "secondaire primaire supérieure normale nationale national".split()
)
# An article or preposition elided onto the next word: "dell'Istruzione", "d'Italia", "l'Emilia".
_ELIDED_LINK = re.compile(r"(?:[dD]ell|[dD]all|[nN]ell|[sS]ull|[aA]ll|[dD]|[lL])['’][A-ZÀ-Ý]")
# Words inside Central European town names, "above", "on", "by" a river or region: "Žďár nad Sázavou",
# "Frankfurt am Main", "Rothenburg ob der Tauber".
TOWN_CONNECTORS = frozenset("nad pod na am im ob bei".split())
# Months that are also given names: "Jan Hatzius", "April Ryan", "June Carter".
GIVEN_NAME_MONTHS = frozenset("Jan April May June August".split())
# Words that continue an organisation's name after its cue word.
ORG_LINKS = frozenset(("for", "on"))
# Words after a name's head word: "Bank | of England", "Institute | for Astronomy".
HEAD_LINKS = ORG_LINKS | {"of"}
# Heads that keep a following "of" inside an organisation or place name.
OF_HEADS = frozenset("Republic Kingdom Gulf Bay Isle Isles Sea Strait Cape City Province".split())
SAID = frozenset(
    "said says told added wrote asked argued noted explained stated tweeted posted announced "
    "insisted warned testified replied recalled acknowledged admitted claimed urged".split()
)
# Verbs of speech that put the speaker after a quote: "'It is over,' said Rossi." ("told Reuters" is not one).
SAID_AFTER_QUOTE = frozenset("said says added asked noted explained recalled replied insisted warned continued".split())
# What ends a quote before its speaker's verb.
QUOTE_ENDS = frozenset(", ” \" ’ '".split())
PLACE_PREPOSITIONS = frozenset("in near outside across throughout inside toward towards around off".split())
PLACE_OR_MOVEMENT = PLACE_PREPOSITIONS | {"to", "from", "at", "into", "via"}
# Prepositions as often before a place as before anything else ("from Hakodate", "at Shiraoi", "through Ieud");
# not "to", which people are spoken, sent and attributed to.
WHERE_PREPOSITIONS = frozenset("from at into on via through past".split())
# Things a person sends or makes, before "from": "a header from Yeimy Angulo", "a letter from Okafor".
GIVEN_FROM = frozenset(
    "letter letters call calls message messages email emails note gift help support statement reply answer "
    "question questions request invitation permission visit header cross pass goal shot strike save saves "
    "penalty corner corners kick assist volley effort".split()
)
# Verbs before "on" that bring a player on, no place: "sent on Ebo Quartey", "came on for Adomako".
SENT_ON = frozenset("sent brought came come comes".split())
# Lower-case words for a part of somewhere or its neighbours: "central Hamilton", "neighbouring Binh Dinh".
PART_OF_PLACE = frozenset(
    "central northern southern eastern western north-eastern north-western south-eastern south-western "
    "northeastern northwestern southeastern southwestern downtown rural coastal inland neighbouring neighboring "
    "nearby".split()
)
# Words before a listed place that make it no cited author: "protests in Paris (2019)", "For Spain, Llorente (2015)".
NOT_AUTHOR_BEFORE = PLACE_OR_MOVEMENT | PART_OF_PLACE | {"for", "the"}
# Words before a name that say where: "in", "from", "at", "on" ...
WHERE_WORDS = PLACE_PREPOSITIONS | WHERE_PREPOSITIONS
# Words before a name that say where, or that it is a thing: "on the Sava" is no one's given name.
WHERE_OR_THE = WHERE_WORDS | {"the"}
# Words before a list that make it a list of places, whatever its names: "from Rostock, Wismar and Stralsund".
PLACE_LIST_OPENERS = PLACE_PREPOSITIONS | {"at"}
# Lower-case words after a name that make it a place: "the Kursk region", "Moscow oblast".
PLACE_NOUNS = frozenset(
    "region regions province provinces oblast oblasts county counties district districts "
    "city border area valley river village villages town towns suburb suburbs state states capital "
    "neighborhood neighbourhood port island coast sea lake archipelago peninsula enclave territory atoll "
    "emirate rainforest forest basin delta desert bay gulf harbour harbor estuary glacier plateau "
    "cities hamlet hamlets settlement settlements municipality municipalities commune communes parish site "
    "mountain mountains hills islands isles rivers lakes reservoir volcano volcanoes crater caldera eruption "
    "eruptions velodrome hillfort townland fort borough boroughs township townships".split()
)
# Lower-case nouns before a name that make it an organisation: "state TV channel Rai".
ORG_NOUNS = frozenset(
    "channel network newspaper broadcaster company firm group outlet magazine station party consultancy "
    "airline carrier agency startup bank club team publisher paper website app platform brand "
    "maker manufacturer retailer giant insurer lender daily tabloid union charity militia "
    "organization organisation conglomerate automaker chain business operator provider supplier utility "
    "exporter distributor studio label band developer miner pac committee coalition nonprofit "
    "foundation alliance lobby institute gallery museum theater theatre publisher federation association "
    "co-operative cooperative journal society think-tank laboratory lab fund start-up shipyard shipbuilder "
    "contractor regulator watchdog bookshop bookseller wholesaler brewery distillery winery dairy haulier bakery shop "
    "store authority restaurant encyclopedia encyclopaedia wiki".split()
)
# Organisation nouns that also name what a person does: "publisher Rupert Murdoch", "game developer Rhys Bellamy".
AGENT_NOUNS = frozenset(
    "developer publisher operator miner distributor exporter supplier provider maker contractor bookseller "
    "haulier".split()
)
# Capitalised first words that make a place of the name they open: "Cape Canaveral", "Lake Erie".
PLACE_PREFIXES = frozenset(
    "Cape Mount Mt. Lake Fort Port Isle Gulf Bay Point County St River "
    # the same words in languages that put them first: "Río de la Plata", "Estádio Beira-Rio", "Ras Tanura"
    "Río Lago Lagoa Laguna Isla Islas Ilha Golfo Bahía Baía Estádio Estadio Stadio Piazza Praça Avenida "
    "Rua Rue Calle Ras Wadi Jebel Mauna Masjid Plaza Paseo Jirón Cordillera Sierra Picos Pico Peña Cerro Nevado "
    "Volcán "
    "Vega Valle Cañón Quebrada Playa Praia Refugio São Jalan Puente Ponte Pont "
    # buildings named head first: "Casa do Rio", "Teatro Real", "Pavelló de Can Jofresa", "Cinema Batalha"
    "Casa Palacio Palazzo Palau Pavelló Castello Castillo Castelo Igreja Iglesia "
    "Catedral Mercado Cinema Velodrom Vélodrome Velódromo Velodromo Stade Stadion "
    # islands, lakes and mountains named head first: "Île Bernard", "Motu Rangi", "Pulau Ubin", "Mont Blanc"
    "Île Îles Ile Motu Pulau Lac Mont Monte "
    # castles and sports grounds: "Schloss Eckenried", "Burg Hohenzollern", "Château Gaillard", "Campo Grande"
    "Schloss Burg Château Kasteel Slot Campo Estádio Camp "
    # Alpine peaks, passes and towns named head first: "Piz Murtel", "Fuorcla da Ravais", "Sankt Anton"
    "Piz Pizzo Cima Passo Fuorcla Alp Sankt Calzada Colle Forcella Col Rifugio Boulevard Avenue Cabane Baie Anse "
    "Pointe "
    # Slavic names opened by "great", "upper", "lower": "Velika Planina", "Gornji Grad", "Horní Planá"
    "Velika Veliki Gornji Donji Horní Dolní "
    # realms named head first: "the Duchy of Holstein"
    "Duchy".split()
)
# Parties to a case by their role, in the plural (the singular ones are titles): "for the Respondents".
PARTIES = frozenset("Plaintiffs Defendants Respondents Appellants Appellees Claimants Applicants Petitioners".split())
# A firm's legal form, written after its name and a comma: "Tally Cloud, Inc.".
# Not "Co", "SA", "NV" or "AG": a county, a state or a canton too ("Ennis, Co. Clare", "Reno, NV").
LEGAL_FORMS = frozenset("Inc Ltd LLC LLP Corp plc PLC GmbH".split())
# First words of places named for a saint: "San Pedro de Eslonza", "Santa Rosa de Llallawa", "Saint Helena".
SAINTS = frozenset("San Santa Santo Sant Saint Sainte".split())
SAINTLY_PEOPLE = frozenset({("Santa", "Claus"), ("Santa", "Anna")})  # people, though named like towns
# First words that make an organisation of a name in languages that put the head first:
# "Universidade Federal de Santa Catarina", "Partido Popular", "Banco de España".
ORG_PREFIXES = frozenset(
    "Universidad Universidade Università Universität Université Universitat Universiteit Instituto Istituto "
    "Institut Banco Banca Banque Fundación Fundação Fondazione Fondation Stiftung Ministerio Ministério "
    "Ministero Ministère Partido Partito Parti Movimiento Movimento Mouvement Comisión Comissão Commissione "
    "Consejo Conselho Consiglio Conseil Tribunal Tribunale Corte Cour Agencia Agência Agenzia Agence "
    "Compañía Companhia Compagnia Compagnie Société Sociedad Sociedade Società Colegio Escuela Escola École "
    "Scuola Liceo Lycée Ospedale Hôpital Asociación Associação Associazione Federación Federação Federazione "
    "Fédération Confederación Sindicato Grupo Gruppo Groupe Ediciones Éditions Editora Dirección "
    "Direção Direzione Secretaría Secretaria Prefeitura Ayuntamiento Comune Municipio Municipalidad Gobierno "
    "Governo Gouvernement Congreso Congresso Senado Cámara Câmara Partai Partij Partia Partidul Hospital "
    "Galleri Galerie Galería Galeria Galleria Maison Ajuntament Generalitat Federació Banc Teatro Teatre Théâtre "
    "Museo Museu Musée Landesarchiv Staatsarchiv Stadtarchiv Bundesarchiv Archivio Arquivo Archivo "
    "Universitatea Ferme Laiterie Fromagerie Boulangerie Papeteries Papeterie Établissements Laboratoires Chantiers "
    "Ateliers "
    "Verreries Brasseries Aciéries Moulins Imprimerie Manufacture Crédit Almacenes Supermercados Granja "
    # clubs named head first: "Olympique Lyonnais", "Sporting Gijón", "Dinamo Zagreb", "Racing Club"
    "Olympique Olimpija Olimpia Sporting Dinamo Dynamo Lokomotiv Spartak Racing Atlético Deportivo "
    # offices and departments: "Ufficio Scolastico Regionale per la Calabria", "Departamento de Educação"
    "Ufficio Oficina Departamento Dipartimento Département Servizio Servicio Serviço Consorzio Consorcio "
    "Cooperativa Autorità Autoridad Wydawnictwo Team Reederei Frigorífico Stichting Inspectie Ministerie Gemeente "
    "Ferrocarril Ferrocarriles Laboratório Laboratorio Laboratoire Studio "
    # Latin American audit, prosecution and oversight offices: "Contraloría General de la República"
    "Contraloría Procuraduría Fiscalía Defensoría Superintendencia Junta "
    # broadcasters: "Radio Caymanas", "Rádio Gaúcha", "Televisión Española"
    "Radio Rádio Televisión Televisão Télévision "
    # Indonesian and Malay bodies: "Universitas Gadjah Mada", "Badan Pusat Statistik", "Komisi Pemilihan Umum"
    "Universitas Badan Komisi Dewan Yayasan "
    "Vereniging Hogeschool "
    # campaigns named for their cause: "Save Ashcombe Fields"
    "Save "
    # German adjectives that open bodies' names: "Deutsche Bahn", "Norddeutscher Lloyd", "Deutsches Museum"
    "Deutsche Deutscher Deutsches Norddeutscher Norddeutsche Süddeutsche Bayerische Bayerischer".split()
)
# Head words that open the names of bodies and places in languages that put them first.
HEAD_FIRST_PREFIXES = ORG_PREFIXES | PLACE_PREFIXES
# Words beside a name that report a match result: "Liverpool beat Everton", "drew with Atlético Madrid".
# A name so used is a club, even when it is also a city.
RESULT_BEFORE = frozenset("beat beats defeated defeat thrashed edged against face faces".split())
RESULT_AFTER = frozenset("beat beats defeated thrashed edged drew lost won trailed led".split())
# Words before "of" and a side's name that rank it in a race or table: "ahead of Germany", "clear of Ukraine".
FINISHED_AHEAD = frozenset("ahead clear".split())
# Last words of events, competitions, works, laws, instruments and theories, which are not PERSON/ORG/PLACE:
# "World Cup", "Star Wars", "Paris Agreement", "Clean Air Act", "Hubble Space Telescope", "Open Science Framework".
EVENT_HEADS = frozenset(
    "Cup Cups Championship Championships Tournament Olympics Paralympics Games Festival Prize Awards Marathon Open "
    "War Wars Conference Convention Summit Agreement Accord Accords Protocol Treaty Act Amendment Code Rule "
    "Directive Fair "
    "Telescope Index Average Rover Spacecraft Radiometer Spectrometer Spectrograph Sensor Imager Camera "
    "Detector Interferometer Altimeter Scatterometer Corpus Corpora Database Dataset Inventory Questionnaire "
    "Scale Test Task Bowl Model Models Analysis Theory Hypothesis Principle Framework Method Paradigm Effect "
    "Grammar Jubilee Carnival Expo Exposition Fest Biennale Biennial Triennial Symposium Gala".split()
)
# First words of storms' names, which are not people: "Hurricane Milton", "Storm Ciarán".
STORMS = frozenset("Hurricane Typhoon Cyclone Storm Tropical".split())
# Words before "for" that make the next name a club: "signed for Barcelona", "31 points for Boston".
PLAYED_FOR = frozenset("signed plays played playing play scored goals goal points starred".split())
# Verbs of going somewhere before "to", of leaving before "from", and nouns before "of", that make a place.
MOVED = frozenset(
    "fled flown flew moved travelled traveled returned evacuated relocated drove sailed headed went returns return "
    "returning moving moves travel travels travelling traveling heading trip trips journey flights emigrated "
    "go goes going gone came come coming fly route routes crossing crossings ferry ferries sailing sailings "
    "connection connections".split()
)
LEFT = frozenset(
    "fled evacuated escaped flew arrived returned travelled traveled emigrated left departed sailed drove hails "
    "hailed migrated commute commuted".split()
)
# Verbs that move someone else there: "drove us to Tenby", "flew them to Nairobi".
MOVED_SOMEONE = frozenset("drove drive flew fly took take brought bring sent send moved".split())
OBJECT_PRONOUNS = frozenset("us them him her me".split())
# People (or a band) "from" a name that is then a place: "neighbours from Eastgate", "a band from Bangor".
PEOPLE_FROM = frozenset(
    "neighbours neighbors residents people families voters fans visitors pilgrims refugees migrants "
    "teacher schoolteacher nurse doctor farmer fisherman student woman man girl boy mother father pensioner "
    "band".split()
)
PLACE_OF = frozenset(
    "residents resident outskirts north south east west northeast northwest southeast southwest centre center "
    "heart streets suburbs mayor dialect dialects citizens inhabitants natives shores people mouth much parts swathes "
    "town city village port tour"
    .split()
)
# Lower-case words after a name that make it an organisation: "Nvidia chief executive", "Unite members".
COMPANY_STAFF = frozenset(
    "ceo cfo chief spokesman spokeswoman spokesperson analyst analysts economist economists strategist "
    "executive executives shareholders investors employees members engineer engineers scientists".split()
)
# Particles before a surname, after which a place word is the surname: "van Dam", "de Bridge".
SURNAME_PARTICLES = frozenset("van von de der den du da di del ten ter".split())
# The particles of Dutch and German surnames after a given name: "Anna van der Veen", "Anna de Wit".
NAME_PARTICLES = SURNAME_PARTICLES - {"du", "da", "di", "del"}
# Spanish articles, which open names of things and places but no personal name.
SPANISH_ARTICLES = frozenset("La El Los Las".split())
# Posts held "for" a body as well: "country director for Action Against Hunger".
STAFF_FOR = frozenset(
    "director directors manager managers head chair chairman chairwoman coordinator officer officers official "
    "officials campaigner campaigners volunteer volunteers deputy deputies candidate candidates".split()
)
# Common nouns after an acronym that make a body of it: "ESA staff", "the ONS data", "the M23 rebels".
BODY_WORDS = frozenset(
    "staff official officials director directors head chair chairman chairwoman president boss leader leaders "
    "lawyer lawyers officer officers agent agents investigators inspectors researchers report reports data "
    "figures statement statements ruling rulings decision decisions guidance rules inquiry investigation probe "
    "rebels fighters troops forces militants government party deputies lawmakers supporters headquarters "
    "website board meeting vote results chief spokesperson".split()
)
# Words before a band or a record label: "fronting Glass Orchard", "fronted The Slits".
BAND_OR_LABEL_BEFORE = frozenset("fronting fronted fronts".split())
# Sports reporting: in a text with several of these words, a city or country can be a club.
SPORT_WORDS = frozenset(
    "match game games season league coach manager striker defender midfielder goalkeeper winger quarterback "
    "goal goals scored points playoff playoffs championship standings fixture fixtures stadium squad "
    "tournament transfer loan innings inning touchdown halftime stoppage penalty referee rebounds "
    "wickets overs batsmen batters bowlers tries semi-final medal medals marathon podium".split()
)
# Lower-case words after a name, in sports reporting, that make it a club: "Leeds manager", "Milan fans".
TEAM_MEMBERS = frozenset(
    "manager coach striker defender midfielder goalkeeper keeper winger forward captain fans supporters "
    "assistant boss player players side squad star quarterback guard teammate teammates academy "
    "qualifiers qualifier rivals owner chairman defence defense attack".split()
)
# Words after a name, in sports reporting, that make it a club: "Newcastle are weighing a move".
CLUB_VERBS = frozenset(
    "are were have beat beats host hosts visit visits lead leads trail trails face faces faced travel travels "
    "open opens opened edged routed thrashed won winning defeated substituted drew controlled rallied "
    "play plays played lost lose loses beaten equalised equalized".split()
)
# Words after a country or town, in sports reporting, that rank a side or field it: "Paraguay finished 21st".
RANKED_VERBS = frozenset("finished took claimed clinched led".split())
# Verbs around a country or town, in sports reporting, that make it a side: "facing Brazil", "Argentina meet
# France"; only for listed places, as people are met and faced too ("will meet Levy on Friday").
FACING = frozenset("face faces facing meet meets".split())
# Verbs after a country or town, in sports reporting, that move it in a table: "Liverpool stayed eight points
# clear"; only for listed places.
TABLE_VERBS = frozenset(
    "stay stays stayed remain remains remained sit sits climb climbs climbed slip slips slipped".split()
)
# Words after a name and an age that go on about the person: "Dallas Whitfield, 36, said", "..., 39, of Bromley".
AGED_NEXT = frozenset("said says told of from who was is has had were died".split())
TABLE_PLACES = frozenset("clear top bottom unbeaten points second third fourth".split())
TEAM_WORDS = frozenset(("team", "teams"))
# Words before a name, in sports reporting, that make it a club: "a rout of Charlotte", "on loan from Feyenoord".
CLUB_OBJECTS = frozenset(
    "against beat beating beaten faced host hosts hosting hosted visit visiting visits over vs vs. v v. joined "
    "defeated defeating edged thrashed routed play plays played".split()
)
# Words before a one-word name that make it the opponent of a single player: "faced Nadal", "will meet Firouzja".
OPPONENT_BEFORE = CLUB_OBJECTS | FACING
# Words before "from" that make the next name a club: "on loan from Feyenoord", "joined from Malmö".
JOINED_FROM = frozenset("loan joined signed arrived move moved transfer switch".split())
# Words before "in" that make the next name a publication, not a place: "published in Nature".
PUBLISHED_IN = frozenset(
    "published appeared appears reported wrote writing quoted paper study article editorial report letter".split()
)
# Institutions whose names may hold a possessive: "St. Mary's Hospital", "King's College".
POSSESSIVE_INSTITUTIONS = frozenset("Hospital College Church Cathedral Chapel School Academy Office".split())
SCHOOL_KINDS = frozenset("Primary Secondary High Junior Infant Grammar Catholic Parish Community".split())
# Nouns after a possessive that only an organisation has: "Quillon's shares", "Acme's employees".
ORG_BELONGINGS = frozenset(
    "shares stock board headquarters subsidiary subsidiaries shareholders revenue revenues profit profits "
    "earnings employees workforce customers products product stores brand founder founders co-founder "
    "executive executives ceo valuation investors parent "
    "leader leadership members membership lawmakers legislators candidates manifesto voters".split()
)
# Words that end an appositive's noun phrase: "Acme, a maker of pumps, ...", "Lee, a spokesman for ...".
APPOSITIVE_ENDS = frozenset(
    ", . ; : of for that which who whose in at with based under on near from between by to into across where".split()
)
# Heads of names of seas, rivers and landforms, which no club is named after.
NATURAL_FEATURES = frozenset(
    "Sea Ocean River Lake Gulf Strait Mountains Desert Peninsula Canal Glacier Volcano Mountain Fjord Reef Lagoon "
    "Estuary".split()
)
# Local governments by their formal names: "the County of Maui", "the Municipality of Livorno".
MUNICIPAL_BODIES = frozenset("City County Town Village Borough Township Municipality".split())
# Words that open a phrase in apposition after a name: "Quillon, a maker of", "Sydney, our postdoc".
APPOSITION_OPENERS = frozenset(("a", "an", "the", "my", "his", "her", "our", "their"))
# Endings of Nordic names of mountains, craters, lakes, rivers, fjords and lava fields: "Fagradalsfjall",
# "Svartagígur", "Hjälmsjön", "Ruskojärvi", "Kemijoki", "Sognefjorden".
NORDIC_PLACE_ENDINGS = (
    "fjall", "fell", "gígur", "jökull", "fjörður", "dalur", "hraun", "sjön", "järvi", "jarvi", "joki", "vatnet",
    "fjorden", "fjord", "øya", "holmen",
    # glaciers and ice streams: "Storstrømmen", "Austfonna-breen"
    "strømmen", "breen",
)
# Endings of Alpine names of peaks, passes, glaciers and valleys, written after "the": "the Matterhorn",
# "the Zugspitze", "the Oberaarjoch", "the Rhonegletscher", "the Lötschental".
ALPINE_PLACE_ENDINGS = ("horn", "spitze", "joch", "gletscher", "tal")
# The same landforms as words of their own after a name, which no surname is: "Zachariæ Isstrøm", "Lang Jökull".
NORDIC_LANDFORMS = frozenset("isstrøm jökull fjörður fjord fjorden bræ sjön järvi vatnet".split())
# Endings of German and Nordic compound nouns for bodies: schools, clubs, associations, chambers, companies,
# savings banks, newspapers, agencies and councils ("Skischule", "Turnverein", "Hofkammer", "Sparkasse",
# "Skolverket", "Skolinspektionen", "Björkskolan", "Datatilsynet", "Götaverken").
BODY_ENDINGS = (
    "schule", "verein", "verband", "gesellschaft", "kammer", "kasse", "zeitung", "versicherung", "genossenschaft",
    "verket", "verken", "inspektionen", "styrelsen", "myndigheten", "skolan", "tilsynet", "direktoratet",
    "förbundet", "forbundet",
)
# Verbs before "by" whose agent is a body: "funded by CAPES", "operated by Metrolink".
FUNDED = frozenset("funded sponsored financed operated co-funded administered organised organized coordinated".split())
# Ranks written before an office: "First Assistant County Attorney", "Deputy Chief Constable".
OFFICE_RANKS = frozenset("first second assistant deputy chief senior acting associate executive principal".split())
# Nouns for people in apposition after a name: "Jonas, a curator there", "Sydney, our postdoc from Auckland".
PERSON_NOUNS = frozenset(
    "colleague colleagues friend postdoc student researcher scientist curator technician volunteer guide farmer "
    "teacher nurse doctor lawyer engineer ecologist biologist historian author writer poet novelist artist "
    "singer musician drummer guitarist bassist actor actress photographer journalist reporter editor "
    "coach player striker goalkeeper captain midfielder defender veteran resident neighbour neighbor "
    "wife husband son daughter mother father brother sister cousin partner person thinker philosopher scholar "
    "economist sociologist psychologist linguist anthropologist physicist chemist mathematician astronomer "
    "geologist archaeologist pianist violinist composer painter sculptor architect activist campaigner producer "
    "presenter comedian chef designer merchant trader banker shipowner".split()
)
# Nouns for things, not bodies or places, before "called", "named" or "known as": "a tax known as IRAP".
THINGS_CALLED = frozenset(
    "tax levy scheme programme program project study paper survey report book novel film album song law act bill "
    "policy plan strategy operation software app tool system engine browser drug disease virus species festival "
    "prize award game method model technique algorithm dataset corpus".split()
)
# Nouns for someone before "called" or "named": "a woman called Odile Ferrand".
PEOPLE_CALLED = PERSON_NOUNS | frozenset(
    "woman man girl boy someone somebody guy lady gentleman administrator moderator user member contributor "
    "officer driver worker pupil".split()
)
# Compass regions named with the article: "the West", "the Middle East" is in the gazetteer.
COMPASS = frozenset("West East North South Midwest".split())
# Words before a known place that make a larger or smaller place of it: "the South Atlantic", "Northern Syria".
PLACE_QUALIFIERS = COMPASS | frozenset("Northern Southern Eastern Western Central Upper Lower".split())
# Members named after their party: "a Labor MP", "Green MEPs".
PARTY_MEMBERS = frozenset(("MP", "MPs", "MEP", "MEPs"))
# Letters after a person's name: honours, silk, degrees.
POST_NOMINALS = frozenset("QC OBE MBE CBE KBE DBE FRS PhD".split())  # not "KC", a Nepali surname too
# Heads of names of buildings that are places where something happens ("a dinner at the Belgrade Theatre")
# and bodies where they act ("the Museum said", "worked at the Royal Hospital"); the last six open a name.
VENUE_HEADS = frozenset(
    "Theatre Theater Cinema Hospital Church Chapel Cathedral Abbey Hall Arena Stadium Hotel Pavilion Museum "
    "Gallery Centre Center Teatro Teatre Théâtre Museo Museu Musée".split()
)
# Buildings whose name stands for the power seated there ("the Kremlin said"), unless one goes there.
SEATS_OF_POWER = frozenset(
    tuple(name.split()) for name in ("White House", "Kremlin", "Pentagon", "Downing Street", "Élysée", "Elysee")
)
# Verbs whose object is a place one goes to: "visited the White House".
VISITED = frozenset("visit visits visited visiting entered entering toured touring left leaving".split())
# Verbs of a paper's analysis, before the software that did it: "annotated in Praat", "aligned using ELAN";
# not "analysed" nor "processed", which a laboratory's town may follow.
ANALYSED = frozenset(
    "coded implemented annotated aligned fitted computed transcribed modelled modeled estimated plotted simulated "
    "calculated programmed".split()
)
# Endings of English adjectives that open a sentence before staff: "Political analysts", "Financial advisers".
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ful")
# Nouns that a body's name qualifies: "the governing Smer party", "the Zubr brewery", "the La Espiga brand".
BODY_NOUNS = frozenset(
    "party company firm group union coalition alliance brand newspaper magazine band label charity "
    "foundation brewery theatre theater shop bookshop website airline carrier publisher retailer startup "
    "broadcaster".split()
)
# Words for numbered parts, before a Roman number: "Phase II", "Title IX", "World War II".
PART_NOUNS = frozenset(
    "part phase title type stage grade class level tier chapter article section schedule annex volume book act "
    "scene round division series season episode war".split()
)
# People named by whom they follow or oppose: "a Navalny supporter", "a Putin critic".
FOLLOWERS = frozenset(
    "supporter supporters critic critics ally allies aide aides loyalist loyalists fan fans opponent".split()
)
# Who supports a club: "a supporter of Cardiff City", "a devoted follower of Bradford City".
FANS = frozenset("supporter supporters fan fans follower followers".split())
# What follows a town's name in a club's: "Stoke City", "Ipswich Town", "Derby County", "Brighton & Hove Albion".
CLUB_KINDS = frozenset("City Town County Athletic Albion".split())
# What a leader's name stands before for the time or the people of their rule.
LEADERS_TERMS = frozenset("administration presidency premiership".split())
# Words before a building (and "the") that name it as the place where something happens; not "from",
# which names a source as often ("data from the Barcelona Expert Center", "volunteers from St. Mary's").
VENUE_PREPOSITIONS = frozenset("at outside inside near in behind opposite".split())
# Titles only a company gives, so the name before one is a company: "Calder Chief Executive Denise Olawale".
COMPANY_TITLES = frozenset(
    tuple(title.split()) for title in ("chief executive", "chief executive officer", "ceo", "chief financial officer",
                                       "cfo", "chief operating officer", "chairman", "chairwoman", "founder")
)
# Words before "at" that make the next name an employer or school: "studied at Columbia", "analysts at Nomura".
WORKS_AT = frozenset(
    "studied studies study work works worked working teaches taught professor professors researcher researchers "
    "student students lecturer economist economists analyst analysts scientist scientists fellow employee "
    "employees engineer engineers executive executives job jobs staff intern director directors partner partners "
    "manager managers consultant consultants lawyer lawyers nurse nurses doctor doctors surgeon surgeons team "
    "technician technicians librarian librarians archivist archivists physician physicians pharmacist "
    "pharmacists statistician statisticians".split()
)
# Endings of scholars' and scientists' titles, who work where they are "at": "geologist", "geochemist", "oceanographer".
SCHOLARS = (
    "ologist", "ologists", "chemist", "chemists", "physicist", "physicists", "ographer", "ographers", "astronomer",
    "astronomers",
)
# Prepositions that open a sentence with where it happens: "In Paris, Macron and Scholz met".
FRONTED_PREPOSITIONS = frozenset("In At From On Near Inside Outside Across Throughout".split())
# Conjunctions that open a sentence capitalised, before a name: "And Rob Church, who works for the BBC".
CONJUNCTIONS = frozenset("And But Or So Yet Nor".split())
OPENERS = frozenset("“ \" ‘ ' ( [ — – -".split())
POSSESSIVES = frozenset(("’s", "'s", "’", "'"))
# Words for kin and neighbours: before a name they make it a person's ("my aunt Funmi", "my neighbour Xuân").
KIN_NOUNS = frozenset(
    "aunt uncle cousin brother sister son daughter wife husband mother father grandmother grandfather "
    "grandson granddaughter nephew niece stepfather stepmother friend neighbour neighbor colleague maid servant "
    "squire flatmate housemate roommate classmate teammate boyfriend girlfriend fiancé fiancée".split()
)
# What a child calls a parent: after "my" it names no one ("my Dad", "our Mum").
PARENT_WORDS = frozenset("Dad Mum Mom Mam Mama Papa Daddy Mummy Mommy Grandma Grandpa Granny Gran Nan Nana".split())
OWNERS = frozenset("my our your his her their".split())
# Words after "Name's" that make the name a disease's: "Alzheimer's disease", "Parkinson's patients".
EPONYM_HEADS = frozenset("disease syndrome patients researchers drug drugs".split())
# Nouns of methods and measures named after their authors: "the Shannon index", "a Mantel test".
METHOD_NOUNS = frozenset(
    "index diversity entropy coefficient correlation distribution test correction criterion equation equations "
    "theorem effect constant transform algorithm curve curves estimator statistic statistics regression "
    "paradox principle ratio "
    # and after a pair of names: "Kruskal–Wallis tests", "Bray–Curtis dissimilarities"
    "tests distance distances dissimilarity dissimilarities".split()
)
# Words after "Name's" that name a statistic or law after its author: "Cohen's kappa", "Pearson's correlation".
NAMED_STATISTICS = frozenset(
    "kappa coefficient correlation criterion statistic theorem equation constant paradox index "
    "alpha rho tau d g".split()  # "Cronbach's alpha", "Spearman's rho", "Cohen's d", "Hedges' g"
)
# Abbreviated honorifics, stripped even from a name that ends in a cue word ("Dr. Wendell Park").
HONORIFICS = frozenset("dr mr mrs ms prof sen rep gov gen col lt sgt capt adm".split())
# Forms of address, after "Your", "His" or "Her": "Your Honor", "His Excellency".
ADDRESS_FORMS = frozenset(
    "Honor Honour Majesty Excellency Highness Lordship Ladyship Grace Eminence Lord Lords Lady".split()
)
ADDRESSING = frozenset(("your", "his", "her", "my"))
# Labels of a picture's credit line: "Image: Twitter", "Photo: Reuters".
CAPTION_LABELS = frozenset("image images photo photos photograph picture credit source video illustration graphic".split())
# Endings of abstract nouns, which no name the tagger has to guess at has ("Credibility", "Islamophobia").
ABSTRACT_SUFFIXES = (
    "ism", "isms", "ity", "ities", "tion", "tions", "sion", "ness", "ment", "ments", "phobia", "ics", "ology", "ship",
)
# Words that open a run before a name and are no part of it: "the", "His Congress party".
ARTICLES_AND_POSSESSIVES = frozenset("the a an his her their its".split())
# Seasons, which a year after them makes a date: "Autumn 2022".
SEASONS = frozenset("Spring Summer Autumn Fall Winter".split())
# Verbs and their objects before "to" and a seat of power, which make it the building: "bring it to the White House".
BRING = frozenset("bring brings bringing brought take takes taking took".split())
OBJECT_PRONOUNS = frozenset("it them him her me us you".split())
# Irish surnames' first words: "Ó Briain", "Ní Dhomhnaill".
IRISH_PATRONYMICS = frozenset("Ó Ní Nic".split())
# Parts of a paper numbered or dated like a citation: "Table (2019) summarises", "Figure 3 (2020)".
PAPER_PARTS = frozenset(
    "Table Tables Figure Figures Fig Appendix Section Chapter Equation Eq Panel Box Part Step Phase Study Experiment "
    "Model Wave Round Stage Year Survey Census Report Volume Issue Page".split()
)
# Words that make an apposition's trade a person's, not a firm's: "a former bookseller", "a retired publisher".
FORMER = frozenset("former retired freelance self-employed onetime one-time".split())
# Counts that open an apposition after a list of names: "Shillington and Laureldale, two boroughs".
LIST_APPOSITION_COUNTS = frozenset("two three four five both".split())
# Place words that are common surnames: after a given name they name a person ("Jerry Hall", "Shirley Temple").
SURNAME_PLACE_WORDS = frozenset("Hall Temple Ward".split())
# Vessels, whose name in apposition is no name either: "the cruise ship, Freewinds."
VESSELS = frozenset(
    "ship vessel yacht ferry tanker freighter icebreaker trawler liner submarine frigate schooner steamer "
    "steamship barque brig clipper sloop whaler tug tugboat lifeboat spacecraft probe".split()
)
# Nouns that the name of a work, a vessel or an animal directly follows: "the novel White Fang",
# "cruise ship Freewinds", "her dog Max".
WORK_VESSEL_AND_ANIMAL_NOUNS = frozenset(
    "book novel memoir anthology film movie documentary album song painting poem opera musical sitcom episode game "
    "exhibition "
    "rover telescope "
    "dog dogs puppy cat kitten horse pony mare stallion colt filly racehorse parrot pet".split()
) | VESSELS
# Last words of an award's name before "of the": "Player of the Match", "Coach of the Year".
AWARD_HEADS = frozenset("Player Players Man Woman Coach Manager Rookie Goal Team".split())
# Words before a work noun that make the name after its comma that work: "his latest book, Hegemony".
WORK_OWNERS = frozenset("his her their its my our latest new debut first second third last recent forthcoming".split())
# Words that end a work's description in apposition: "Salt Road Hymns, a novel by", "Tidewater, her debut album,".
WORK_ENDS = frozenset(", . ; : by about from".split())
# Nouns that a spacecraft's name directly precedes: "the Galileo spacecraft", "the Apollo missions".
SPACECRAFT_NOUNS = frozenset("spacecraft probe probes rover lander orbiter telescope mission missions".split())
# Capitalised heads of works' titles, before "of" and a name: "The Adventures of Tom Sawyer", "Portrait of Delia".
WORK_TITLE_HEADS = frozenset("Adventures Adventure Portrait Life Lives Tale Tales Legend Ballad Diary Memoirs".split())
# Cue words for bodies that also name fields after a field's name: "Kestrel Ship Management" is a firm,
# "Business Management" a subject.
FIELD_CUES = frozenset("Management Resources Mines Mining".split())
# Countries that end the names of national charities and sports bodies: "Diabetes UK", "Hockey Canada".
NATIONAL_BODY_ENDS = frozenset("UK England Scotland Wales Ireland Canada Australia".split())
# Adjectives that open a place's name before a country: "New England", "Greater London", "Middle England".
PLACE_ADJECTIVES = frozenset(
    "New Great Greater Little Old Middle Mid Inner Outer Mainland Rural Coastal Upland".split()
)
# What the words before a country must not be for it to end a body's name: "Northern Ireland", "Mid Wales".
NOT_BODY_OPENERS = PLACE_QUALIFIERS | PLACE_ADJECTIVES
# Words that open a place's own name before a town's: "New England", "Greater Manchester", "San Marino".
TOWN_NAME_OPENERS = NOT_BODY_OPENERS | SAINTS | {"St", "St."}
# Korean place-name endings after a hyphen: roads, streets, neighbourhoods, districts, cities, provinces.
KOREAN_PLACE_SUFFIXES = frozenset("ro gil dong gu si do eup myeon".split())
# A party's initial and a hyphen before a legislator's state or town: "(D-Las Vegas)".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z]")
# Words between the items of a list: "Sheng, English and Swahili".
LIST_LINKS = frozenset((",", "and", "or"))
# A US state's postal code, a place only after its town: "St. Louis, MO"; alone "IN" or "OR" is a word.
US_POSTAL_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)
# Adjectives of the polar regions, before a noun: "Antarctic waters", "the Arctic shelf".
POLAR_ADJECTIVES = frozenset((("Antarctic",), ("Arctic",), ("Subantarctic",), ("Sub-Antarctic",)))
# Seas and oceans whose names are also adjectives, and nouns of the places they then describe.
OCEAN_ADJECTIVES = frozenset((("Atlantic",), ("Pacific",), ("Baltic",), ("Mediterranean",), ("Caribbean",)))
GEOGRAPHIC_NOUNS = frozenset(
    "coast coasts coastline shore shores seaboard ocean sea seas waters island islands region regions basin rim "
    "states nations countries".split()
)
# Prefixes of ships' and research vessels' names: "RV Tangaroa", "HMS Belfast", "the ROV Skua".
VESSEL_PREFIXES = frozenset("RV ROV MV HMS USS RRS HMNZS HMAS HMCS SS FV".split())
# Kinds of product a name is given as an example of: "applications such as WhatsApp and Signal".
PRODUCT_KINDS = frozenset("app application tool product program programme game device browser".split())
# Nouns for software that its name goes before or after: "the Skylark web browser", "the app Keyring".
SOFTWARE_NOUNS = frozenset("browser app engine software".split())
# A word that opens a line before a colon: a transcript's speaker, "Lubra: By accident."
_LINE_LABEL = re.compile(r"^([^\s:]+):", re.MULTILINE)
# A web address, whose parts the tokenizer splits: "http://www.wikihow.com/wikiHow:Carbon-Neutral".
_URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"”]+")
# A dotted version number after a name makes it a product's: "Skylark 14.2.3".
_VERSION = re.compile(r"\d+(?:\.\d+)+")
# A model's number, and the kinds of craft a maker's model number comes before: "Embraer 195 jets".
_CRAFT_MODEL = re.compile(r"\d{3}[A-Z]?")
MODEL_BEFORE = frozenset("by with of the its their new more".split())  # "operated by Embraer 195 jets"
CRAFT_PLURALS = frozenset(
    "jets aircraft airliners planes helicopters engines locomotives trains trams buses trucks tanks rockets".split()
)
# A name ending in or before one of these is a licence, a document: "a Creative Commons licence".
LICENCES = frozenset("license licence licenses licences".split())
# Titles after which a place is often named: "Queen Victoria Park", "King George Hall".
PLACE_NAMING_TITLES = frozenset(
    "king queen prince princess emperor empress pope saint st. st lord lady duke duchess sultan sheikh emir "
    "general".split()
)
# Place words that are also surnames, when no preposition makes them places: "Thomas Castle said".
SURNAME_LIKE_PLACE_WORDS = frozenset(
    "Castle Park Hill Hills Bridge Forest Gate Tower Garden Gardens Lake Meadows Field Wood Lane Pike Fell Beck "
    "Gill Howe Moor Crag".split()
)
# Institutions named in the plural before their names: "the religious schools Santo Spirito and Immacolata".
INSTITUTIONS = frozenset("school university hospital college".split())
ORG_NOUNS_OR_INSTITUTIONS = ORG_NOUNS | INSTITUTIONS
# Words before "District" that make a public body of it: "Irving Independent School District".
SERVICE_DISTRICTS = frozenset("School Water Fire Sanitation Transit Irrigation Utility Hospital Park".split())
# Last words of a school's short name: "Lincoln Elementary", "Roosevelt High".
SCHOOL_GRADES = frozenset("Elementary Middle High Primary Secondary".split())
# Words before "Center" that make a site of it rather than an organisation: "Kennedy Space Center".
CARE_CENTRES = frozenset("Medical Health Cancer Trauma Rehabilitation".split())  # "... Medical Centre"
SITE_CENTRES = frozenset("Space Convention Trade Shopping Community Civic Conference Exhibition Sports Aquatic".split())
# After an acronym in brackets, what makes a thing of it, not a body: "the Soil Moisture and Ocean Salinity (SMOS)
# mission".
INSTRUMENT_NOUNS = frozenset(
    "mission missions satellite satellites survey surveys campaign campaigns instrument instruments sensor sensors "
    "project projects programme program experiment experiments dataset datasets database model models index "
    "scale method algorithm questionnaire telescope probe rover spacecraft reanalysis product products".split()
)
# Between the parties of a court case: "Connick v. Thompson".
CASE_VERSUS = frozenset(("v.", "v", "vs.", "vs", "versus"))
# Market indices, named with their size: "the S&P 500", "the FTSE 100", "the Nikkei 225".
MARKET_INDICES = frozenset(
    [("S", "&", "P"), *((w,) for w in "FTSE Nikkei DAX CAC ASX Russell Stoxx Kospi Sensex Nifty TSX IBEX".split())]
)
# Exchanges named before a stock symbol: "(NYSE: ACME)".
STOCK_EXCHANGES = frozenset("NYSE NASDAQ LSE TSX ASX HKEX".split())
DASHES = frozenset(("-", "–", "—"))  # "the Garissa–Nairobi highway" is no "the Vatican."
# Tokens that end the phrase a place closes: "Irving, Texas, was", "Shannon, Ireland." ("" is the sentence's end).
PHRASE_ENDS = frozenset((",", ".", ";", ")", "—", "–", ""))
# Signs a country's code may be written onto: "US$", "HK$".
CURRENCY_SIGNS = frozenset("$ € £ ¥ ₹".split())
QUOTE_OPENERS = frozenset(("“", '"', "‘"))
QUOTE_CLOSERS = frozenset(("”", '"', "’"))


@dataclass(slots=True)
class _Candidate:
    """One name occurrence; ``label`` is None until some evidence decides it."""

    start: int
    end: int
    words: Key
    label: str | None = None
    canonical: str | None = None
    strong: bool = False  # label from a gazetteer, cue word or title
    initial: bool = False  # opens its sentence
    fragment: bool = False  # part of a hyphenated word: kept only if evidence links it
    cues: list[str] = field(default_factory=list)  # labels strongly implied by context
    hints: list[str] = field(default_factory=list)  # labels weakly implied by context
    group: int = -1  # coordination group within a sentence
    tokens: Sequence[Token] = ()  # the sentence, for the statistical tagger
    first: int = 0  # index of the name's first token in ``tokens``
    last: int = 0  # index after its last token
    person: Key | None = None  # the full personal name this mention links to
    club: bool = False  # named as a side in a match result
    firm: bool = False  # named as only a company or publication is: "shares in Next", "a paper in Science"
    landform: bool = False  # named as only a place is: "the Blanice river", "42 districts of Binh Duong"
    plays: bool = False  # named as sports reporting names a club ("Leeds manager"): a club if the text is about sport


def _given_name_like_month(words: Key, g: Gazetteer) -> bool:
    """"Jan Hatzius", "April Ryan", "June Carter": a month that is also a given name, before a surname."""
    return (
        words[0] in GIVEN_NAME_MONTHS and len(words) > 1 and words[1][:1].isupper()
        and words[1] not in g.calendar and not words[1][:1].isdigit()
    )


def _opens_with_initial(words: Key) -> bool:
    """A personal name opening with an initial: "J.K. Rowling", or "B. Nogueira" as the tokenizer splits it;
    not a place's initials ("U.S. Geological Survey")."""
    split = len(words) > 2 and _is_initial(words[0]) and words[1] == "." and len(words[-1]) > 1  # not "U.S"
    return (_initials(words[0]) and words[:1] not in gazetteer().places) or split


def _compound_given_name(word: str, g: Gazetteer) -> bool:
    """Given names joined by a hyphen: "Marie-Claude", "Jean-Pierre", "Anne-Sophie"."""
    parts = word.split("-")
    return len(parts) == 2 and all(part in g.first_names for part in parts)


def _capitals_with_middle_initial(words: Key) -> bool:
    """A name in capitals with an initial after a word, as captions and bylines write people:
    "KATHERINE M. DELACROIX", "HON. MARGARET A. CHO-LINDGREN"."""
    g = gazetteer()
    cued = any(w.title() in g.place_cues or w.title() in g.org_cues for w in words)
    return (
        all(w == "." or w.isupper() for w in words) and not cued
        and any(
            len(words[k]) == 1 and words[k] != "V" and words[k + 1] == "." and len(words[k - 1]) > 1
            and words[k - 1].isalpha()
            for k in range(1, len(words) - 2)
        )
    )  # not "JOHN F. KENNEDY AIRPORT", "FRANKLIN D. ROOSEVELT DRIVE" nor "PLANNED PARENTHOOD V. CASEY"


def _word_before(cand: _Candidate) -> str:
    """The word right before a name, lower-cased ("" at a sentence's start)."""
    return cand.tokens[cand.first - 1].text.lower() if cand.first else ""


def _sent_or_given(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` is "from" after a thing someone gives ("a letter from") or "on" after a player's
    coming on ("sent on"), so the name after it is a person's, not a place's."""
    before = tokens[k - 1].text.lower()
    return (tokens[k].text == "from" and before in GIVEN_FROM) or (tokens[k].text == "on" and before in SENT_ON)


def _honorific_before(tokens: Sequence[Token], i: int) -> int:
    """Index of the abbreviated honorific ("Mr", "MRS", "Dr.") right before ``tokens[i]``, else -1."""
    k = i - 2 if i > 1 and tokens[i - 1].text == "." else i - 1
    return k if k >= 0 and tokens[k].text.lower() in HONORIFICS else -1


def _after_honorific(tokens: Sequence[Token], i: int) -> bool:
    return _honorific_before(tokens, i) >= 0


def _counsel_named(tokens: Sequence[Token], i: int) -> bool:
    """"by" and an honorific come right before ``tokens[i]``: counsel in a list of appearances ("Dunmore
    Reyes LLP, by Ms. April Dunmore"), which a title-case heading never holds."""
    k = _honorific_before(tokens, i)
    return k > 0 and tokens[k - 1].text == "by"


def _speaker_label(tokens: Sequence[Token], i: int) -> bool:
    """The name opens its sentence and a colon follows it: an interview's "Lubra: By accident."."""
    return i == 0 and len(tokens) > 2 and tokens[1].text == ":"


def _nicknamed(tokens: Sequence[Token], i: int) -> bool:
    """A nickname in quotes after "call him" or "dubbed her": 'people call him "Marreta"' (not "Mama")."""
    words = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
    return (
        len(words) == 3 and words[2] in QUOTE_OPENERS and words[1] in ("him", "her")
        and words[0] in ("call", "calls", "called", "dubbed", "nicknamed") and tokens[i].text not in PARENT_WORDS
    )


def _which_follows(cand: _Candidate) -> bool:
    """", which" comes right after the name, as it never does after a person's (", which means" glosses
    a word, and says nothing of what it names)."""
    words = [t.text for t in cand.tokens[cand.last : cand.last + 3]]
    return words[:2] == [",", "which"] and words[2:] != ["means"]


# Small words that join a town's name to its river or region: "Stoke-on-Trent", "Frankfurt-am-Main".
PLACE_NAME_LINKS = frozenset("on upon under in sur super en le la les am an im der by".split())


def _hyphenated_place(word: str) -> bool:
    """One hyphenated word that names a place: capitalised parts joined by a small word of place
    ("Newport-on-Tay", "Weston-super-Mare"; not kin, "Brother-in-Law"), or a Korean name and its place
    ending ("Teheran-ro", "Seongsu-dong", "Gyeonggi-do")."""
    parts = word.replace("‐", "-").split("-")
    if len(parts) == 2:
        return parts[1] in KOREAN_PLACE_SUFFIXES and not english_word(parts[0])
    return (
        len(parts) >= 3 and _capitalised(parts[0]) and _capitalised(parts[-1])
        and any(part in PLACE_NAME_LINKS for part in parts[1:-1]) and parts[0].lower() not in KIN_NOUNS
    )


def _dated(cand: _Candidate) -> bool:
    """A year follows the name: an author cited ("Gass 1997"), not somewhere."""
    return cand.last < len(cand.tokens) and _year(cand.tokens[cand.last].text)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _surname_like(word: str) -> bool:
    """Capitalised letters, hyphenated parts too: "Austen", "Okonjo-Baptiste"."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


def _hyphenated(word: str) -> bool:
    return "-" in word or "‐" in word


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _initials(word: str) -> bool:
    """"J.", "J.K.", "J.R.R.": initials of a given name (not "U.S.", which the gazetteer knows first)."""
    letters = word.split(".")
    return word.endswith(".") and len(letters) <= 4 and all(len(x) == 1 and x.isupper() for x in letters[:-1])


class _Finder:
    """Collects candidates sentence by sentence, then resolves them per document."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self._urls = [(m.start(), m.end()) for m in _URL.finditer(text)]  # names inside them are no mentions
        self.g: Gazetteer = gazetteer()
        self.candidates: list[_Candidate] = []
        self.lower_words: set[str] = set()
        self._tagger_labels: dict[Key, str | None] = {}
        self._only_where: dict[Key, bool] = {}  # _only_somewhere's answers
        # Lists (groups) of names, set by _index_lists(): each one's first name, those with a year after a
        # name (authors cited) and those holding a known place.
        self._list_heads: dict[int, _Candidate] = {}
        self._dated_lists: set[int] = set()
        self._lists_with_places: set[int] = set()
        self._place_lists: set[int] = set()  # groups listing two known places or more: set by resolve()
        self._bodies_named_like_places: set[Key] = set()  # "the band Frost Harbour": so every "Frost Harbour"
        self._labels_at_line_start: Counter[str] | None = None  # _line_labels' answer
        self._by_words: dict[Key, list[_Candidate]] = {}  # filled by resolve()
        self._mid_sentence: dict[Key, str] = {}  # labels of names seen inside sentences, filled by resolve()
        self._surface_cues: dict[Key, str] = {}  # each name's commonest context cue, filled by resolve()
        self.references: list[_Candidate] = []  # lone cue words ("the Court") that may stand for a full name
        self._groups = 0
        self._surnames: set[str] = set()  # last words of the full personal names collected so far
        self._lists: set[int] = set()  # groups joined by "and"/"or", not just a comma
        self.scholarly = _scholarly(text)
        self.cites_cases = _CASE_CITATION.search(text) is not None  # "KO (Nigeria) v Secretary of State"
        self.sport = False  # sports reporting, where clubs are named after places: known once all is collected
        self.terms: set[Key] = set()  # acronyms of terms and their spellings-out: "compact fluorescent lamps (CFL)"
        self._cited_people: set[Key] = set()  # cited as an author or a party to a case: "Carrano (2001)", "Roe v."
        # names after a country's possessive, athletes if this is sports reporting: "Ethiopia's Bekele Worku"
        self._after_country_possessive: list[_Candidate] = []
        self.products: set[Key] = set()  # letters written with a model number: "IE" of "IE6"
        self._known_names: dict[Key, tuple[str, str] | None] = {}  # _known's answers
        self._sentence_tags: dict[int, list[str]] = {}  # POS tags by the sentence's first offset, for _pos
        # A line of known given names after surnames ("Austen, Jane.") makes the text a reading list, whose
        # other lines may then give names no list knows; this first look asks for known ones.
        self._reading_list = False
        self._reading_list = any(self._inverted_names(s.tokens) for s in self.sentences)

    # ------------------------------------------------------------ candidates
    def collect(self) -> None:
        reference_end = -1  # where the line of the last reading-list entry ends
        work_follows = False  # "Austen, Jane.\nPride and Prejudice": the title may have a line of its own
        for sentence in self.sentences:
            tokens = sentence.tokens
            self.lower_words.update({t.text for t in tokens if t.text.islower()})
            first = len(self.candidates)
            if inverted := self._inverted_names(tokens):
                for i, comma, j in inverted:
                    self._add_inverted_name(tokens, i, comma, j)
                reference_end = tokens[-1].end + len(self._line_around(tokens)[1])
                work_follows = True
                continue
            if tokens[0].start < reference_end or work_follows:
                self._add_work_or_publisher(tokens)  # "... Pride and Prejudice. Penguin, 2003."
                work_follows = False
                continue
            if self._headline(tokens):
                self._add_headline(tokens)
                continue
            openings = self._openings(tokens)
            spelt = self._spelt_out_spans(tokens)
            i, n = 0, len(tokens)
            while i < n:
                word = tokens[i].text
                if i in spelt:  # "Economic Community of West African States (ECOWAS)": one name
                    self._add_name(tokens, i, spelt[i], i in openings, False)
                    i = spelt[i]
                    continue
                if end := self._party_tag_end(tokens, i):
                    self._add_party_tag_place(tokens, i, end)
                    i = end
                    continue
                if "-" in word or "‐" in word:
                    if (word,) in self.g.other_names:
                        i += 1  # "Niger-Congo", "Sino-Tibetan": a language family, not two places
                        continue
                    parts = self._hyphen_parts(tokens[i])
                    if parts is not None and not (len(parts) > 1 and self._cited(tokens, i + 1)):
                        # not an author cited by a double-barrelled surname: "Ferreira-Lima (2022)"
                        self._add_fragments(parts, tokens, i)
                        i += 1
                        continue
                if not word[:1].isupper():
                    if ("-" in word or not word.islower()) and self._known((word,)):
                        self._add_name(tokens, i, i + 1, i in openings, False)  # "al-Qaeda", "eBay", "iFixit"
                    i += 1
                    continue
                j = self._run_end(tokens, i)
                # A listed name with a small word starts inside the run: "Matthew Ingram of The Globe and Mail".
                j = next((k for k in range(i + 1, j) if k in spelt or self._listed_width(tokens, k) > j - k), j)
                at = i + 1 if word == "The" and i + 1 < n else i
                listed = self._listed_width(tokens, at)
                if listed > j - at:  # "(The) Centers for Disease Control and Prevention"
                    self._add_name(tokens, at, at + listed, i in openings, False)
                    j = at + listed
                else:
                    self._add_run(tokens, self._numbered_start(tokens, i, j), j, initial=i in openings)
                i = j
            self._mark_coordination(tokens, first)

    def _spelt_out_spans(self, tokens: Sequence[Token]) -> dict[int, int]:
        """Names an acronym in brackets spells out, by their first and end token: small words and
        adjectives inside would split them ("National Centers for Environmental Information (NCEI)",
        "Economic Community of West African States (ECOWAS)").  In a paper only bodies' names count:
        its acronyms mostly spell terms ("Analysis of Variance (ANOVA)")."""
        spans: dict[int, int] = {}
        for k in range(2, len(tokens) - 2):
            if tokens[k].text != "(" or tokens[k + 2].text != ")" or not _acronym(tokens[k + 1].text):
                continue
            letters = [c for c in tokens[k + 1].text.upper() if c.isalpha()]
            start = _spelling_start(tokens, k - 1, letters, len(letters) - 1)
            if start is None or k - start < 2 or not _capitalised(tokens[start].text):
                continue
            if self._prefix(tuple(t.text for t in tokens[start:k]), self.g.titles, self.g.longest_title):
                continue  # a title: "Chief Executive Officer (CEO)"
            while start > 0 and (self._known_place_width(tokens, start - 1, start) or (
                (tokens[start - 1].text.lower(),) in self.g.demonyms
            )):
                start -= 1  # a country the acronym leaves out: "the US Environmental Protection Agency (EPA)"
            if not self.scholarly or any(t.text in self.g.org_cues for t in tokens[start:k]):
                spans[start] = k
        return spans

    @staticmethod
    def _openings(tokens: Sequence[Token]) -> set[int]:
        """Token indices where capitals say nothing: the first word, and the first after a lead-in.

        Lead-ins are a short label ending in a colon ("A: Honestly, no", "Image: ...", a
        transcript's "MR. FAIRWEATHER: Briefly.") and a dateline ("NEW YORK — Stocks fell").
        """
        first = next((k for k, t in enumerate(tokens) if t.text not in OPENERS), 0)
        for k in range(first + 1, min(len(tokens) - 1, first + 6)):
            word = tokens[k].text
            upper = all(not t.text.isalpha() or t.text.isupper() for t in tokens[first:k])
            if word == ":" and (k - first <= 2 or upper):
                return {first, k + 1}
            if word in ("—", "–") and upper:
                return {first, k + 1}
        return {first}

    def _turn_label(self, tokens: Sequence[Token], k: int) -> bool:
        """The words before the colon ending at ``tokens[k - 1]`` name a speaker, not a heading's label: "MS.
        AGUIRRE:", "Wikinews:"; not "WATCH:", "Update:" nor "Analysis:", words a news site labels with."""
        if k < 2 or tokens[k - 1].text != ":":
            return False
        words = [t.text.lower() for t in tokens[: k - 1] if t.text.isalpha()]
        return words in (["q"], ["a"], ["before"], ["coram"]) or not all(w in self.g.common_words for w in words)

    def _headline(self, tokens: Sequence[Token]) -> bool:
        """Title Case Lines Like This One: capitals say nothing about names there.

        Told from prose by its capitalised small words ("With", "After"; the first word
        aside): two of them, or one in a line with no long lower-case word; or a title
        on a line of its own.
        """
        if self._title_line(tokens):
            return True
        if self._authors_line([t.text for t in tokens]) or self._affiliations_line(tokens):
            return False  # a line of names or affiliations: "Coram: The Chief Justice; Justice Anirban Sengupta"
        common = self.g.common_words
        ended = tokens[-1].text in (".", "!", "?")  # a sentence: there "May" is a month, not "may"
        turn = {k for k in self._openings(tokens) if self._turn_label(tokens, k)}  # "MS. AGUIRRE: Good ..."
        words = [
            t.text for k, t in enumerate(tokens) if k and k not in turn and not (ended and t.text in self.g.calendar)
        ]
        capitals = [w for w in words if w[:1].isupper()]
        if not any(len(w) > 2 and w.lower() in common for w in capitals):
            return False  # most sentences: no capitalised small word at all
        small = [w for w in words if len(w) > 2 and w.lower() in common]
        capitalised = sum(w[0].isupper() for w in small)
        if capitalised < 0.6 * len(small):
            return False
        return capitalised >= 2 or not any(len(t.text) > 3 and t.text.islower() for t in tokens)

    def _line_around(self, tokens: Sequence[Token]) -> tuple[str, str]:
        """The text of the sentence's line before its first token and after its last."""
        line_start = self.text.rfind("\n", 0, tokens[0].start) + 1
        line_end = self.text.find("\n", tokens[-1].end)
        return self.text[line_start : tokens[0].start], self.text[tokens[-1].end : None if line_end < 0 else line_end]

    def _title_line(self, tokens: Sequence[Token]) -> bool:
        """A title or heading set on its own line: "2.2. Institutional Structure of the Argentine State".

        Every long word but the small ones is capitalised, and small words ("of", "and")
        stay lower case, as no sentence and no line of names has it.  An affiliation
        ("Department of Physics, University of Leeds") is no title: its cue words name it.
        """
        before, after = self._line_around(tokens)
        if before.strip(" \t0123456789.") or after.strip() or tokens[-1].text in (".", "!", "?"):
            return False
        words = [t.text for t in tokens if t.text[:1].isalpha()]
        long_words = [w for w in words if len(w) > 3 and w.lower() not in TITLE_SMALL_WORDS]
        return (
            len(long_words) >= 3
            and all(w[0].isupper() for w in long_words)
            and any(w in TITLE_SMALL_WORDS for w in words)
            and not any(w.lower() in AFFILIATION_WORDS or w in ORG_PREFIXES for w in words)
            and not self._authors_line([t.text for t in tokens])
            and not any(_counsel_named(tokens, k) for k in range(1, len(tokens)))  # "..., by Ms. April Dunmore"
        )

    def _affiliations_line(self, tokens: Sequence[Token]) -> bool:
        """A line of a paper's affiliations, each naming its kind: "American University of Beirut;
        University of Nairobi; Mohammed V University"."""
        before, after = self._line_around(tokens)
        items: list[list[str]] = [[]]
        for token in tokens:
            if token.text in (";", ","):
                items.append([])
            else:
                items[-1].append(token.text)
        return not before.strip() and not after.strip() and len(items) >= 2 and all(
            any(word.lower() in AFFILIATION_WORDS or word in ORG_PREFIXES for word in item)
            or (len(item) == 1 and self._known((item[0],)) is not None)  # "Department of Physics, Leeds"
            for item in items
        )

    def _authors_line(self, words: Sequence[str]) -> bool:
        """A line of names: a paper's authors, "Lucía Fernández-Rivas, Thomas Hadley and Aigerim Seitkali" (their
        affiliations in brackets or not), or a bench after its label, "Before: Judge Marieke Verhoeven, Judge
        S. K. Anand and Judge Birgitte Østergaard", "Coram: The Chief Justice; Justice Anirban Sengupta"."""
        if ":" in words:
            words = words[len(words) - words[::-1].index(":") :]
        names: list[list[str]] = [[]]
        titled: set[int] = set()  # names after a title ("Judge ..."): a given name or a surname alone opens them
        bracketed = False  # an affiliation after a name: "Pieter-Jan Verschaeren (KU Leuven)"
        for word in words:
            if word in ("(", ")"):
                bracketed = word == "("
            elif bracketed:
                continue
            elif word in (",", ";", "and", "&"):
                names.append([])
            elif not names[-1] and (word.lower(),) in self.g.titles:
                titled.add(len(names) - 1)
            elif word[:1].isalpha():  # not an affiliation's mark, "¹" or "*"
                names[-1].append(word)
        kept = [(k, name) for k, name in enumerate(names) if name]
        given = sum(
            1 for k, name in kept
            if k in titled or name[0].split("-")[0] in self.g.first_names or _is_initial(name[0])
        )
        return (
            len(kept) >= 2 and all(2 <= len(name) <= 4 or (k in titled and len(name) == 1) for k, name in kept)
            and 2 * given >= len(kept)
        )  # "Before: Chief Justice Lindahl, Justice Osei and Justice Hagen"

    def _inverted_names(self, tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
        """A line of a reading list or bibliography that is only names, surname first: "Austen, Jane.",
        "Marx, Karl and Engels, Friedrich.", "Okafor, A. (2019).", "Lindgren, Sofie, and Marco Paz."

        Each as (surname's first token, the comma, the end of the given names), with the comma -1
        for a co-author written given name first; [] for any other sentence.  Given names must
        be known ones or initials, so "Paris, Texas." and "WASHINGTON, D.C." are no names; once
        the document has such a list, any capitalised word no list places may be one
        ("Sæther, Ingvild.").
        """
        if self._line_around(tokens)[0].strip():
            return []
        names, k, n = [], 0, len(tokens)

        def given_name(k: int) -> int:
            """Tokens in the given name or initial at ``k``: "Jane", "J.", "J" "."; 0 if none."""
            word = tokens[k].text if k < n else ""
            if _is_initial(word) and k + 1 < n and tokens[k + 1].text == ".":
                return 2
            listed = self._known((word,))
            if listed and listed[0] == PLACE and not self._reading_list:
                return 0  # "WASHINGTON, D.C.", "Richmond, Virginia"; but "Woolf, Virginia." in a reading list
            known = word in self.g.first_names or _initials(word)
            return 1 if known or (self._reading_list and _capitalised(word) and word.isalpha() and not listed) else 0

        while True:
            i = k
            if names and given_name(k) and k + 1 < n and _surname_like(tokens[k + 1].text):
                k += 2 if given_name(k) == 1 else 3  # "..., and Marco Paz."
                while k < n and _surname_like(tokens[k].text):
                    k += 1
                names.append((i, -1, k))
            else:
                while k < n and k - i < 2 and _surname_like(tokens[k].text):
                    k += 1
                if k == i or k >= n or tokens[k].text != ",":
                    return []
                if k - i == 2 and tokens[i].text in self.g.first_names and not self._reading_list:
                    return []  # "Amira Haddad, Baraka Otieno and ...": names given name first, not "Haddad, Amira"
                comma, k = k, k + 1
                while width := given_name(k) if k < n else 0:
                    k += width
                if k == comma + 1:
                    return []
                while k < n and _capitalised(tokens[k].text) and tokens[k].text.isalpha():
                    k += 1  # middle names: "Macaulay, Thomas Babington."
                names.append((i, comma, k))
            if k < n and tokens[k].text in ("and", "&", ","):
                k += 2 if k + 1 < n and tokens[k + 1].text in ("and", "&") else 1  # "Brandt, M., and Lind, J."
                continue
            rest = [t.text for t in tokens[k:]]
            if rest == ["."] or (rest and rest[0] == "(" and len(rest) > 1 and _year(rest[1])):
                return names  # "Austen, Jane.", "Okafor, A. (2019)."
            return names if not rest else []  # "Lind, J. R.", or a line with no stop: "Austen, Jane"

    def _add_work_or_publisher(self, tokens: Sequence[Token]) -> None:
        """After a reading-list entry's names: its publisher ("Routledge, 2014.", "London: Verso, 2005.")
        is an organisation, and its title names only what the document names elsewhere."""
        k = 2 if len(tokens) > 2 and tokens[1].text == ":" and self._known((tokens[0].text,)) else 0
        j = k
        while j < len(tokens) and (_capitalised(tokens[j].text) or (j > k and tokens[j].text in ("of", "&"))):
            j += 1
        dated = j + 1 < len(tokens) and tokens[j].text == "," and _year(tokens[j + 1].text)
        if j > k and dated and all(t.text in ".)" for t in tokens[j + 2 :]):
            if k:
                self._add_name(tokens, 0, 1, True, False)  # the city of "London: Verso"
            publisher = self._add_name(tokens, k, j, False, False)
            if publisher is not None and publisher.label != ORG:
                publisher.label, publisher.strong = ORG, True
        else:
            self._add_headline(tokens)

    def _add_inverted_name(self, tokens: Sequence[Token], i: int, comma: int, j: int) -> None:
        """"Austen, Jane" as one person, named and linked as "Jane Austen"."""
        if comma < 0:
            self._add_name(tokens, i, j, False, True)  # a co-author written given name first
            return
        surname = tuple(t.text for t in tokens[i:comma])
        given = tuple(t.text for t in tokens[comma + 1 : j])
        canonical = f"{self.text[tokens[comma + 1].start : tokens[j - 1].end]} {' '.join(surname)}"
        cand = _Candidate(
            tokens[i].start, tokens[j - 1].end, given + surname, label=PERSON, strong=True,
            canonical=canonical, tokens=tokens, first=i, last=j,
        )  # fmt: skip
        self._surnames.add(surname[-1])
        self.candidates.append(cand)

    def _add_headline(self, tokens: Sequence[Token]) -> None:
        """Known names, and words the rest of the document shows to be names, only."""
        i = 0
        while i < len(tokens):
            words = tuple(t.text for t in tokens[i : i + self.g.longest_name])
            width = next((w for w in range(len(words), 0, -1) if self._known(words[:w])), 0)
            if width:
                self._add_name(tokens, i, i + width, True, False)
            elif _capitalised(tokens[i].text) and tokens[i].text not in self.g.calendar:
                token = tokens[i]
                self.candidates.append(
                    _Candidate(
                        token.start, token.end, (token.text,), initial=True, fragment=True,
                        tokens=tokens, first=i, last=i + 1,
                    )  # fmt: skip
                )
            i += max(width, 1)

    def _listed_width(self, tokens: Sequence[Token], i: int) -> int:
        """Tokens in the listed name with lower-case words inside ("... and Prevention", "Burton upon Trent")
        that starts at ``i``."""
        for width in _names_with_small_words().get(tokens[i].text, ()):
            if self._known(tuple(t.text for t in tokens[i : i + width])):
                return width
        return 0

    def _run_end(self, tokens: Sequence[Token], i: int) -> int:
        """Index after the run of name words that starts at ``i``."""
        j, n = i + 1, len(tokens)
        while j < n:
            word = tokens[j].text
            nxt = tokens[j + 1].text if j + 1 < n else ""
            if tokens[j].start - tokens[j - 1].end > 1 or self.text[tokens[j - 1].end] == "\n":
                break  # a name ends at a line's end: "... Late-Night Debate\nROCHESTER, N.Y. —"
            if _capitalised(word) and (
                not _hyphenated(word) or self._hyphen_parts(tokens[j]) is None or _korean_given_name(tokens, j)
                or (tokens[j - 1].text in HEAD_LINKS and all(p[:1].isupper() for p in re.split("[-‐]", word)))
                or self._known(tuple(t.text for t in tokens[i : j + 1])) is not None  # "Agence France-Presse"
            ):  # "Nordic Institute for Asia-Pacific Affairs"
                j += 1
            elif word.isdigit() and len(word) <= 4 and (end := self._numbered_end(tokens, j)):
                j = end  # "Route 9", "Interstate 89", "South 56th Street"
            elif (
                word == "."
                and _capitalised(nxt)
                and tokens[j].start == tokens[j - 1].end
                and (_is_initial(tokens[j - 1].text) or tokens[j - 1].text.lower() in ABBREVIATIONS)
                and not (j == 1 and tokens[0].text in ("Q", "A"))  # a transcript's "Q. And before that ..."
            ):
                j += 1
            elif (
                word in POSSESSIVES
                and (
                    nxt in POSSESSIVE_INSTITUTIONS or nxt in self.g.org_cues
                    or (
                        nxt in SCHOOL_KINDS and j + 2 < n and tokens[j + 2].text in POSSESSIVE_INSTITUTIONS
                        and j >= 2 and tokens[j - 2].text in SAINTS | {"St", "St."}
                    )  # "St Aidan's Primary School"; not "Patrick's High School days"
                )
                and tokens[j].start == tokens[j - 1].end
                and not self._known((tokens[j - 1].text,))
            ):
                j += 2  # "St. Mary's Hospital", "Dottie's Diner"; not "Russia's ..." nor "Moscow's Hospital"
            elif (
                word in ORG_LINKS and tokens[j - 1].text in self.g.org_cues and _capitalised(nxt)
                and not self._street_at(tokens, j + 1)
            ):
                j += 1  # "Institute for Astronomy", "Council on Foreign Relations"; not "Church on Hollis Avenue"
            elif (
                word in ("of", "for") and nxt == "the" and tokens[j - 1].text in self.g.org_cues
                and j + 2 < n and _capitalised(tokens[j + 2].text)
                and (j - 1 == i or not self._known_place_width(tokens, j + 2))
            ):
                # "Ministry of the Interior", "Organisation for the Exploitation of ...", "University of the
                # Azores"; not "... Commission of the US" after a longer name
                j += 2
            elif word == "and" and (self._subjects_joined(tokens, i, j) or self._fields_joined(tokens, i, j)):
                j += 1  # "Department of Health and Human Services", "Economic and Social Research Council"
            elif _ARTICLE_NAME.match(word):
                j += 1  # "Samir al-Masri", "Salah ad-Din"
            elif (
                word == "do" and _capitalised(nxt)
                and (tokens[i].text in HEAD_FIRST_PREFIXES or nxt in ("Sul", "Norte"))
            ):  # Portuguese "do", not the English verb: "Universidade Federal do Paraná", "Casa do Rio"
                j += 1
            elif tokens[i].text in HEAD_FIRST_PREFIXES and (
                _ELIDED_LINK.match(word) or (word in FOREIGN_LINKS and (_capitalised(nxt) or nxt in FOREIGN_LINKS))
            ):  # "Ministero dell'Istruzione e del Merito", "Fundação para a Ciência e a Tecnologia"
                j += 1
            elif word in TOWN_CONNECTORS and tokens[j - 1].text != "I" and _capitalised(nxt):
                j += 1  # "Žďár nad Sázavou", "Nové Město na Moravě", "Frankfurt am Main"; not "I am Sam"
            elif word in CONNECTORS:
                k = j + 1  # "von der Leyen": particles may come in pairs
                while k < n and tokens[k].text in CONNECTORS and k - j < 2:
                    k += 1
                if k < n and _capitalised(tokens[k].text):
                    j = k
                else:
                    break
            else:
                break
        return j

    def _street_at(self, tokens: Sequence[Token], k: int) -> bool:
        """The capitalised words from ``tokens[k]`` end in a place word: "Hollis Avenue", "Main Street"."""
        while k + 1 < len(tokens) and _capitalised(tokens[k + 1].text):
            k += 1
        return tokens[k].text in self.g.place_cues

    def _known_place_width(self, tokens: Sequence[Token], k: int, end: int | None = None) -> int:
        """Width of the longest listed place of up to three words at ``tokens[k]`` (ending by ``end``); 0 if none."""
        end = len(tokens) if end is None else end
        for width in range(min(3, end - k), 0, -1):
            known = self._known(tuple(t.text for t in tokens[k : k + width]))
            if known is not None and known[0] == PLACE:
                return width
        return 0

    def _fields_joined(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """``tokens[j]`` is an "and" inside a body's name that opens with its fields: "Economic and Social
        Research Council", "Social Sciences and Humanities Research Council"; field words on both sides, and a
        run after it that ends in an organisation cue word.  Not "Google and Microsoft Research" nor "Rice and
        Duke University", two bodies each."""
        if not all(self._field_word(t.text) for t in tokens[i:j]) or not self._field_word(tokens[j + 1].text):
            return False
        if self._known(tuple(t.text for t in tokens[i:j])):
            return False
        k = j + 1
        while k < len(tokens) and _capitalised(tokens[k].text) and english_word(tokens[k].text):
            k += 1
        return k > j + 2 and tokens[k - 1].text in self.g.org_cues

    def _field_word(self, word: str) -> bool:
        """A word that names a field or a cause in a body's name: "Economic", "Social", "Reconciliation"."""
        return english_word(word) and word not in self.g.org_cues and (
            word in self.g.subjects or word.endswith(ADJECTIVE_ENDINGS) or word.lower().endswith(ABSTRACT_SUFFIXES)
        )

    def _subjects_joined(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """``tokens[j]`` is an "and" between two fields of one organisation's name.

        The run ``tokens[i:j]`` names an organisation by its cue word and "of" or "for",
        and fields stand on both sides: "Ministry of Agriculture and Forestry", not
        "the Ministry of Defence and Lockheed Martin".
        """
        subjects = self.g.subjects
        org_cues = self.g.org_cues
        link = next(
            (k for k in range(j - 1, i, -1) if tokens[k].text in ("of", "for") and tokens[k - 1].text in org_cues),
            None,
        )
        if link is None:
            return False
        field = [t.text for t in tokens[link + 1 : j] if t.text != "the"]
        # "Geological Survey of Denmark and Greenland": places on both sides; not "Port of Spain and Port Moresby"
        places = self._known_place_width(tokens, j - len(field), j) == len(field) and not self._known(
            tuple(t.text for t in tokens[i:j])
        )
        if not places and not all(word in subjects for word in field):
            return False
        k = j + 1
        while k < len(tokens) and _capitalised(tokens[k].text):
            k += 1
        if places:
            return k > j + 1 and self._known_place_width(tokens, j + 1, k) == k - j - 1
        return k > j + 1 and all(t.text in subjects for t in tokens[j + 1 : k])

    def _numbered_start(self, tokens: Sequence[Token], i: int, j: int) -> int:
        """Where a name that opens with an ordinal starts: "9th Circuit", "5th Avenue", else ``i``."""
        if (
            i >= 2 and tokens[i - 1].text in ORDINAL_SUFFIXES and tokens[i - 2].text.isdigit()
            and tokens[i - 1].start == tokens[i - 2].end
            and (i < 3 or tokens[i - 3].text not in self.g.calendar)  # not "January 6th Capitol Police"
            and self._cue_label(tuple(t.text for t in tokens[i - 2 : j]))
        ):
            return i - 2
        return i

    def _numbered_end(self, tokens: Sequence[Token], j: int) -> int:
        """Index after a number that belongs to a road's name ("Route 9", "56th Street"), else 0."""
        k = j + 1
        if k < len(tokens) and tokens[k].text in ORDINAL_SUFFIXES and tokens[k].start == tokens[j].end:
            k += 1
        if tokens[j - 1].text in NUMBERED_ROADS:
            return k
        return k if k < len(tokens) and tokens[k].text in self.g.place_cues else 0

    def _hyphen_parts(self, token: Token) -> list[tuple[str, int]] | None:
        """Parts of a hyphenated word that are names of their own ("R-Louisiana", "anti-Trump").

        No parts in a model's name ("NOAA-19"). None when the whole word is one name
        ("Guinea-Bissau", "Jean-Pierre") or a title ("President-elect") and belongs in a
        run like any capitalised word.
        """
        g, word = self.g, token.text
        if (word,) in g.places or (word,) in g.organisations or (word.lower(),) in g.titles:
            return None
        parts, offset = [], token.start
        for piece in word.replace("‐", "-").split("-"):
            parts.append((piece, offset))
            offset += len(piece) + 1
        last = parts[-1][0]
        numbered = len(parts) > 1 and (last.isdigit() or _is_initial(last))
        if numbered and not _is_initial(parts[0][0]):
            return []  # a model or a satellite: "NOAA-19", "MetOp-B", "COVID-19"; not "R-4"
        first = parts[0][0]
        if _hyphenated_place(word):
            return None  # "Stoke-on-Trent", "Teheran-ro": one place name
        if last.islower() and english_word(first) and (first,) not in g.places:
            return []  # a compound word capitalised: "Cross-examination"; not "Turkey-based" nor "Paris-based"
        known = any((p,) in g.places or (p,) in g.organisations for p, _ in parts)
        if not known and len(parts[0][0]) > 1 and all(_capitalised(p) for p, _ in parts):
            return None
        return [(p, at) for p, at in parts if _capitalised(p) and (p.lower(),) not in g.demonyms]

    @staticmethod
    def _party_tag_end(tokens: Sequence[Token], i: int) -> int:
        """End of the place in a legislator's party tag opening at ``tokens[i]``: "(D-Las Vegas)", "(R-Elko)";
        0 if there is none."""
        if not (1 < i and tokens[i - 1].text == "(" and _PARTY_TAG.match(tokens[i].text)):
            return 0
        if not _capitalised(tokens[i - 2].text):
            return 0  # not "the landings (D-Day)", "the router maker (D-Link)"
        k = i + 1
        while k < len(tokens) and _capitalised(tokens[k].text):
            k += 1
        if k < len(tokens) and tokens[k].text == ".":
            k += 1  # "(R-Calif.)"
        return k if k < len(tokens) and tokens[k].text == ")" else 0

    def _add_party_tag_place(self, tokens: Sequence[Token], i: int, end: int) -> None:
        """The place after the party's initial and hyphen, up to the closing bracket, as a place."""
        last = end - 1 if tokens[end - 1].text == "." else end
        words = (tokens[i].text[2:], *(t.text for t in tokens[i + 1 : last]))
        cand = _Candidate(
            tokens[i].start + 2, tokens[last - 1].end, words, fragment=True, tokens=tokens, first=i, last=last
        )
        if not self._label_known(cand):
            cand.label, cand.strong = PLACE, True  # a home town or a state, listed or not: "(R-Elko)"
        self.candidates.append(cand)

    def _add_fragments(
        self, parts: list[tuple[str, int]], tokens: Sequence[Token], i: int
    ) -> None:
        for piece, start in parts:
            cand = _Candidate(
                start, start + len(piece), (piece,), fragment=True, tokens=tokens, first=i, last=i + 1
            )
            self._label_known(cand)
            self.candidates.append(cand)

    def _add_run(self, tokens: Sequence[Token], i: int, j: int, initial: bool) -> None:
        """Strip titles, articles and adjectives off a run and keep the name(s) in it."""
        g = self.g
        titled = False
        while i < j:
            words = tuple(t.text for t in tokens[i:j])
            lower = words[0].lower()
            if self._known(words) or self._cited_common_word(tokens, i, j):
                break
            majesty = len(words) > 1 and words[1].startswith("Majesty")  # "His Majesty's Government"
            leading = (lower in ARTICLES_AND_POSSESSIVES and not majesty) or words[0] in CONNECTORS | CONJUNCTIONS
            if leading or words[0] == ".":
                if titled and lower in ("of", "for") and not all(w in g.subjects for w in words[1:2]):
                    titled = False  # "Mayor of Valdrein": the office's town, no one's name
                i += 1
            elif lower in HONORIFICS and len(words) > 2 and words[1] == ".":
                i += 2  # "Dr. Wendell Park": an honorific outranks the cue word at the end
                titled = True
            elif width := self._office_before_surname(words):
                i += width  # "Judge Amy Park", "President Park"; but "Queen Victoria Park" is a park
                titled = True
            elif self._cue_label(words):
                break
            elif (
                (words[0] in g.calendar and not _given_name_like_month(words, g))
                or (initial and lower in g.common_words and not self._seen_surname_acting(tokens, i, j))
            ):
                i += 1
            elif (width := self._prefix(words, g.titles, g.longest_title)) and not (
                width < len(words) and words[width] in g.place_cues  # "Queen Street West", "King Street"
            ) and not self._surname_alone(tokens, i, words):
                i += width
                titled = True
            elif inner := self._inner_title(words):
                start, end = inner
                if self._known(words[:start]) or self._cue_label(words[:start]):
                    self._add_name(tokens, i, i + start, initial, False)
                elif tuple(map(str.lower, words[start:end])) in COMPANY_TITLES and not initial:
                    company = self._add_name(tokens, i, i + start, initial, False)
                    if company is not None:
                        company.cues.insert(0, ORG)  # "Calder Chief Executive Denise Olawale"
                i += end
                titled = True
            elif (width := self._prefix(words, g.demonyms, 3)) and self._known_prefix(words) <= width:
                i += width  # an adjective, unless it opens a listed name: "the Western Cape of South Africa"
            elif len(words) > 1 and words[0].endswith("s") and (words[0][:-1].lower(),) in g.demonyms:
                i += 1  # "Australians Jordan Thompson and Alex de Minaur": a plural nationality before names
            elif width := self._known_prefix(words):
                rest = words[width:]
                if all(w in g.subjects for w in rest):
                    self._add_name(tokens, i, i + width, initial, False)
                    return  # "the Malaysia Tourism board", "the US Agriculture secretary": the place only
                if (
                    self._prefix(rest, g.titles, g.longest_title)
                    or self._prefix(rest, g.demonyms, 3)
                    # "Paris Hilton" is one name, and so is "Dr. Florence Achieng Odhiambo" after a title
                    or (rest[0] in g.first_names and len(rest) > 1 and not (titled and words[0] in g.first_names))
                ):
                    self._add_name(tokens, i, i + width, initial, False)
                    i += width
                else:
                    break
            else:
                break
            initial = False
        while j > i and (tokens[j - 1].text in CONNECTORS | ORG_LINKS or tokens[j - 1].text == "."):
            j -= 1  # "Fox News on | Monday" once the calendar word is cut off
        while j - i > 1 and tokens[j - 1].text in POST_NOMINALS:
            j -= 1  # "Siobhán Ní Bhriain KC", "John Brown OBE": letters after a name, not part of it
        if i >= j:
            return
        if j - i > 1 and tokens[j - 1].text in PARTY_MEMBERS:  # "a Labor MP": the party, then its member
            party = self._add_name(tokens, i, j - 1, initial, False)
            if party is not None and not party.strong:
                party.cues.insert(0, ORG)
            return
        if _named_work_or_craft(tokens, i, j) and not self._known(words := tuple(t.text for t in tokens[i:j])):
            if _whole_title(tokens, j):
                self.terms.add(words)  # and so does every later mention of it
            return  # "her anthology Daughters of Africa": the whole run names the work
        # Split at calendar words and at "of" unless it belongs to the name.
        cut = next(
            (
                k
                for k in range(i + 1, j)
                if (tokens[k].text in g.calendar and tokens[k - 1].text not in g.first_names)
                or (tokens[k].text in HEAD_LINKS and not self._of_belongs(tokens, i, k, j))
            ),
            None,
        )
        if cut is None:
            self._add_name(tokens, i, j, initial, titled)
        else:
            self._add_run(tokens, i, cut, initial)
            self._add_run(tokens, cut + 1, j, False)

    def _region_named(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A listed place whose name is also an adjective, named with the article and no noun after it:
        "a voyage to the Caribbean", where "Caribbean waters" is the adjective."""
        words = tuple(t.text for t in tokens[i:j])
        return (
            words in self.g.places and i > 0 and tokens[i - 1].text.lower() == "the"
            and not (j < len(tokens) and self._common_noun_at(tokens, j))
        )

    def _office(self, words: Key) -> bool:
        """The words are a title, with a rank before it or not: "First Assistant County Attorney"."""
        lowered = [word.lower() for word in words]
        while len(lowered) > 1 and lowered[0] in OFFICE_RANKS:
            lowered = lowered[1:]
        return tuple(lowered) in self.g.titles

    def _office_before_surname(self, words: Key) -> int:
        """Width of an office title before a name with a surname that is also a place word.

        Such a name ("Amy Park", "Park") would otherwise be labelled by its place word.
        Royal and saintly titles are left alone: they name parks and halls.
        """
        width = self._prefix(words, self.g.titles, self.g.longest_title)
        rest = words[width:]
        if not width or not 0 < len(rest) <= 3 or words[0].lower() in PLACE_NAMING_TITLES:
            return 0
        if not any(w in SURNAME_PLACE_WORDS | SURNAME_LIKE_PLACE_WORDS for w in rest):  # "President Park Geun-hye"
            return 0
        return width if all(w[:1].isupper() for w in rest) else 0

    def _country_in_brackets(self, tokens: Sequence[Token], j: int) -> bool:
        """A listed place stands alone in brackets at ``tokens[j]``: "(Nigeria)", "(Sri Lanka)"."""
        if j >= len(tokens) or tokens[j].text != "(":
            return False
        width = self._known_place_width(tokens, j + 1)
        return width > 0 and j + 1 + width < len(tokens) and tokens[j + 1 + width].text == ")"

    def _adjective(self, tokens: Sequence[Token], i: int) -> bool:
        """An English adjective opening the sentence: "Political analysts said"; not "Harvest chief executive"."""
        word = tokens[i].text
        named = any(c.words[0] == word and len(c.words) > 1 for c in self.candidates)  # not after "Imperial Brands"
        return (
            english_word(word) and word.endswith(ADJECTIVE_ENDINGS) and self._pos(tokens)[i].startswith("JJ")
            and not named
        )

    def _seen_surname_acting(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A common word opening the sentence is the surname of someone named before when it acts alone:
        "Little, 52, had pleaded guilty" or "Little said" after "Mark Little"; not "Little is known"."""
        if j - i != 1 or tokens[i].text not in self._surnames or j >= len(tokens):
            return False
        after = tokens[j].text
        if after == ",":  # an age, or a relative clause: "Little, 52,", "Long, who was not involved"
            return j + 1 < len(tokens) and (tokens[j + 1].text.isdigit() or tokens[j + 1].text == "who")
        return after in SAID or after in POSSESSIVES or _speaker_label(tokens, i)  # "Young: Mathematics is ..."

    def _add_person(
        self, tokens: Sequence[Token], i: int, j: int, initial: bool, fragment: bool = False
    ) -> _Candidate:
        """Keep ``tokens[i:j]`` as a person's name that its shape alone settles, whatever any list or tagger says."""
        words = tuple(t.text for t in tokens[i:j])
        start, end = tokens[i].start, tokens[j - 1].end
        cand = _Candidate(start, end, words, initial=initial, fragment=fragment, tokens=tokens, first=i, last=j)
        cand.label, cand.strong = PERSON, True
        self.candidates.append(cand)
        return cand

    def _credited_user_name(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """One word no list knows, alone after "Image:" as Wikinews credits pictures: "Image: Hispalois." names
        the user who took it (not "Image: Reuters" or "Image: Shutterstock", listed agencies and libraries)."""
        word = tokens[i].text
        return (
            j == i + 1 and i >= 2 and tokens[i - 1].text == ":" and tokens[i - 2].text.lower() in ("image", "images")
            and (j == len(tokens) or tokens[j].text in (".", "/")) and not self._known((word,))
            and not english_word(word) and word not in self.g.first_names
        )

    def _cited_common_word(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A surname that is also a word or a title, cited in a paper: "Singer (1966)", "(Young & Castellanos,
        2018)", "Rivers and Bishop (2021)". Only the citation's shape makes it a name here, so not a listed
        body, a body's cue word ("Parliament (2019)"), a month or a part of the paper ("Table (2019)")."""
        word = tokens[i].text
        return (
            j == i + 1 and self.scholarly and word[1:].islower() and (word.lower(),) not in self.g.demonyms
            and (english_word(word) or (word,) in self.g.titles)
            and word not in self.g.calendar and word not in PAPER_PARTS
            and (word not in self.g.org_cues or word in self.g.surnames)  # "Church (2011)"; not "Parliament (2019)"
            and not self._known((word,))  # "(Guardian, 2018)", "Apple (2020)": a body as author
            and self._cited(tokens, j) and (_bracketed_citation(tokens, i, j) or _et_al(tokens, j))
        )

    def _surname_alone(self, tokens: Sequence[Token], i: int, words: Key) -> bool:
        """A title word alone that is the surname of someone named before: "King said" after "Paul King";
        not "the King"."""
        return len(words) == 1 and words[0] in self._surnames and not (i > 0 and tokens[i - 1].text.lower() == "the")

    def _inner_title(self, words: Key) -> tuple[int, int] | None:
        """The last title inside a run and followed by a name: "Foreign Secretary | James Cleverly".

        Whatever precedes it is part of the title or a name of its own ("European
        Commission President ...").  A run opening with a given name has no inner
        title: "Martin Luther King Jr." is one name.
        """
        if words[0] in self.g.first_names:
            return None
        lowered = tuple(map(str.lower, words))
        for end in range(len(words) - 1, 1, -1):
            for start in range(max(1, end - self.g.longest_title), end):
                if lowered[start:end] in self.g.titles and not self._known(words[start:]):
                    return start, end  # not "Shares of General Motors", a listed name
        return None

    def _of_belongs(self, tokens: Sequence[Token], i: int, k: int, j: int) -> bool:
        head = tokens[k - 1].text
        words = tuple(t.text for t in tokens[i:j])
        located = j + 1 < len(tokens) and tokens[j].text == "," and self._known((tokens[j + 1].text,))
        if located and head.lower() not in INSTITUTIONS:
            return False  # "Meridian Launch Systems of | Long Beach, California", not "University of Leeds, Leeds"
        after = k + 2 if tokens[k + 1].text == "the" else k + 1
        place = self._known(tuple(t.text for t in tokens[i:k]))
        if place is not None and place[0] == PLACE and self._known_place_width(tokens, after, j) == j - after:
            return False  # "the Western Cape of South Africa": a place in a place
        if head in self.g.place_cues:  # "Stadium of Light", not "Thomas Castle of Susman Godfrey"
            return tokens[i].text not in self.g.first_names
        if not self._known_place_width(tokens, after, j) and any(
            tokens[m].text in HEAD_LINKS and tokens[m - 1].text in self.g.org_cues for m in range(i + 1, k)
        ):
            return True  # "Organisation for the Exploitation of Meteorological Satellites", not "... of Moscow"
        return head in self.g.org_cues or head in OF_HEADS | EVENT_HEADS or self._known(words) is not None

    @staticmethod
    def _prefix(words: Key, table: frozenset[Key], longest: int) -> int:
        """Length of the longest prefix of ``words`` (case-insensitive) found in ``table``."""
        lowered = tuple(map(str.lower, words[:longest]))
        for width in range(len(lowered), 0, -1):
            if lowered[:width] in table:
                return width
        return 0

    def _language_variety(self, words: Key) -> bool:
        """A known place before a language ("Cusco Quechua", "La Paz Aymara"), in a paper; not a person named
        like a language ("Thabo Zulu", "Ersin Tatar") nor a body ("Radio Tamil")."""
        if len(words) < 2 or not self.scholarly or words[-1:] not in self.g.languages or self._known(words):
            return False
        place = self._known(words[:-1])
        return place is not None and place[0] == PLACE  # not "Thabo Zulu", "Radio Tamil"

    def _known_prefix(self, words: Key) -> int:
        for width in range(min(len(words) - 1, self.g.longest_name), 0, -1):
            if self._known(words[:width]):
                return width
        return 0

    def _known(self, words: Key) -> tuple[str, str] | None:
        """(label, canonical) from the gazetteers, or None; "SAN FRANCISCO" is looked up as "San Francisco".

        A single capitalised acronym of three letters or fewer is not: "US" is not "Us".  Each answer
        is kept: a name is looked up many times as rules weigh it.
        """
        if words not in self._known_names:
            self._known_names[words] = self._look_up(words)
        return self._known_names[words]

    def _look_up(self, words: Key) -> tuple[str, str] | None:
        if (
            (len(words) > 1 or len(words[0]) > 3)
            and all(map(str.isupper, words))
            and words not in self.g.places
            and words not in self.g.organisations
        ):
            words = tuple(map(str.title, words))  # but "USSR" and "NATO" are listed as such
        if words in self.g.places:
            return PLACE, self.g.places[words]
        if words in self.g.organisations:
            return ORG, self.g.organisations[words]
        return None

    def _team(self, words: Key) -> bool:
        """A known place followed by a capitalised plural: a team named after its home ("Chicago Bulls")."""
        width = self._known_prefix(words)
        if not width or self._known(words[:width])[0] != PLACE:
            return False
        last = words[-1]
        return (
            last.endswith("s")
            and last[:1].isupper()
            and last not in self.g.place_cues
            and (last[:-1].lower(),) not in self.g.demonyms
            and last.lower() not in self.g.common_words
        )

    def _singles_match(self) -> bool:
        """A sport of single players: a person's full name stands beside a score ("Carlos Alcaraz beat
        Jannik Sinner 6-4 6-3") and no club or country is a side, so the names players face are people."""
        sides = [c for c in self.candidates if c.club and c.strong]
        return (
            self.sport and any(c.label == PERSON and len(c.words) > 1 for c in sides)
            and not any(c.label in (ORG, PLACE) for c in sides)  # a digest with "Arsenal beat ..." too
        )

    def _player_by_surname(self, cand: _Candidate) -> bool:
        """An unlisted word the tagger reads as a person, which a list or a verb alone does not make a side:
        "Ødegaard and Brink are due to join their squads" is no pair of clubs (but "beat Odense 29-27" is)."""
        return (
            len(cand.words) == 1 and not cand.strong and not self._known(cand.words)
            and self._tagger_label(cand) == PERSON
        )

    def _club_followed(self, cand: _Candidate) -> bool:
        """A town and "City" or "Town" that someone supports or follows is a club, in any report: "a supporter
        of Cardiff City", "a devoted follower of Bradford City"; not "a critic of Broward County"."""
        k, tokens = cand.first, cand.tokens
        after = tokens[cand.last].text if cand.last < len(tokens) else ""
        return (
            self._town_and_club_kind(cand.words) and cand.words[1] != "County"
            and k > 1 and tokens[k - 1].text == "of" and tokens[k - 2].text.lower() in FANS
            and not (after[:1].islower() and after not in ("and", "or"))  # not "Tech City start-ups"
        )

    def _town_and_club_kind(self, words: Key) -> bool:
        """A word and "City", "Town" ..., no listed place as a whole: "Stoke City", not "Mexico City"."""
        return len(words) == 2 and words[1] in CLUB_KINDS and not self._known(words)

    def _club_named_town_and_kind(self, cand: _Candidate) -> bool:
        """A town and "City", "Town" or "County", not itself a listed place ("Mexico City"): in sports
        reporting a club ("Stoke City", "Ipswich Town"), unless a preposition of place puts it on the map."""
        words = cand.words
        known = self._known(words[:1])
        return (
            self._town_and_club_kind(words)
            and (known[0] == PLACE if known else words[0] not in self.g.first_names)
            and _word_before(cand) not in PLACE_OR_MOVEMENT | {"of"}
            and not (cand.last + 1 < len(cand.tokens) and cand.tokens[cand.last].text == ","
                     and self._place_follows(cand.tokens, cand.last + 1))  # "Atlantic City, New Jersey"
        )

    def _named_for_its_city(self, words: Key) -> bool:
        """A word and a listed town, not a given name and a surname: in sports reporting, where the name
        plays as a side, a club named for its sponsor or nickname and its city ("Lupi Piacenza", "Ventra
        Gdańsk", "Borussia Dortmund")."""
        return (
            len(words) == 2 and words[1:] in self.g.places and words[:1] not in self.g.places
            and words[0] not in self.g.first_names and words[0] not in TOWN_NAME_OPENERS
            and words[0] not in self.g.place_cues
            and not self._known(words)  # not "Lake Malta", "New Castile"
        )

    def _cue_label(self, words: Key) -> str | None:
        """ORG/PLACE from the name's head word ("Defense Ministry", "Kursk Oblast")."""
        if len(words) < 2 or tuple(word.lower() for word in words) in self.g.titles:
            return None  # "the Chief Executive agreed": a title, though it ends in a body's word
        if words[-1].isdigit() and words[-2] in NUMBERED_ROADS:
            return PLACE
        if words[-1] in COMPASS and words[-2] in self.g.place_cues:
            return PLACE  # "Queen Street West"
        if words[0] in PLACE_QUALIFIERS and (known := self._known(words[1:])) and known[0] == PLACE:
            return PLACE  # "the North Pacific", "Southern Ukraine"
        at = _head_index(words)
        head, modifier = words[at], words[at - 1] if at else ""
        if head in ("Center", "Centre") and modifier in SITE_CENTRES:
            return PLACE  # "Kennedy Space Center", not "the Carter Center"
        if head == "House" and at < len(words) - 1:
            return ORG  # "House of Commons", "House of Representatives": a chamber; "Cecil Sharp House" is a building
        if head == "District" and modifier in SERVICE_DISTRICTS:
            return ORG  # "Irving Independent School District": a body, not an area
        if head in SCHOOL_GRADES:
            return ORG  # "Lincoln Elementary", "Jordan Hill Middle": a school by its short name
        if head in FIELD_CUES and all(word in self.g.subjects for word in words[:at]):
            return None  # a field of study or a department's work: "Business Management", "Human Resources"
        if head in self.g.org_cues or self._games_maker(words):
            return ORG
        if len(words) > 2 and words[-2] in self.g.org_cues and self._known_place_end(words):
            return ORG  # "Imperial College London", "Birkbeck College London": a body and its city
        if (
            len(words) > 2 and words[-2] in ("de", "do", "da", "del", "di", "du", "des")
            and words[0] not in self.g.first_names and words[0] not in PLACE_PREFIXES and self._known_place_end(words)
        ):
            return ORG  # "Comboios de Portugal", "Infraestruturas de Portugal": a body of a country, no one's name
        body = self._known(words[:-1])
        if ((body and body[0] == ORG) or (len(words) == 2 and _camel_case(words[0]))) and self._known_place_end(words):
            return ORG  # a body's branch or national arm: "Greenpeace Africa", "Oxfam America", "AirNav Ireland"
        if words[-1] in NATIONAL_BODY_ENDS and all(
            english_word(word) and word.lower() not in self.g.common_words
            and word not in NOT_BODY_OPENERS and word not in self.g.first_names  # not "Jimmy Wales"
            for word in words[:-1]
        ):
            return ORG  # "Diabetes UK", "Cancer Research UK", "Sport England"; not "Northern Ireland"
        initials = len(words) > 1 and _acronym(words[-1]) and words[-1].isupper()
        state = words[-1] in US_POSTAL_CODES or words[-1:] in self.g.places  # "Washington DC", "Washington D.C."
        if initials and not state and self._known_prefix(words) == len(words) - 1:
            return ORG  # "Oregon OSHA", "Texas DOT": a place's agency by its initials
        if head in self.g.place_cues and not (at == len(words) - 1 > 0 and words[at - 1].lower() in SURNAME_PARTICLES):
            return PLACE  # not "Sydney van Dam", a surname with its particle
        if words[0] in ORG_PREFIXES:  # after the head: "Hospital de Santa Maria", not "Hospital Road"
            return ORG
        given = len(words) == 2 and words[0] in self.g.first_names  # "Sierra Jones", not "Sierra de Gredos"
        return PLACE if words[0] in PLACE_PREFIXES and not given else None

    def _known_place_end(self, words: Key) -> bool:
        """The name's last word is a listed place: "... College London", "... de Portugal"."""
        known = self._known(words[-1:])
        return known is not None and known[0] == PLACE

    def _games_maker(self, words: Key) -> bool:
        """A studio named "... Games" ("Failbetter Games"), not a contest ("the Asian Games", "Olympic Games")."""
        return (
            len(words) > 1 and words[-1] == "Games" and not any(w in GAMES_CONTESTS for w in words)
            and not self._prefix(words, self.g.demonyms, 3) and not self._known_prefix(words)
        )

    def _add_name(
        self, tokens: Sequence[Token], i: int, j: int, initial: bool, titled: bool
    ) -> _Candidate | None:
        """Collect the name ``tokens[i:j]`` and what labels it; the candidate, or None when it is no name."""
        g = self.g
        words = tuple(t.text for t in tokens[i:j])
        if any(start <= tokens[i].start < end for start, end in self._urls):
            return None  # "(http://www.wikihow.com/wikiHow:Carbon-Neutral)": part of an address
        start, end = tokens[i].start, tokens[j - 1].end
        if self.text[start - 2 : start] == "((" and self.text.startswith("))", end) and _acronym(words[0]) and not (
            self._known(words)
        ):
            return None  # "((WN)) How did you start?": the mark of an interviewer's turn ("((Wikinews))" is listed)
        if self._cited_common_word(tokens, i, j):
            # A fragment lends its label to no other mention: "Rivers draining young mountain belts".
            return self._add_person(tokens, i, j, initial, fragment=True)
        if words in g.other_names:
            width = self._known_prefix(words)
            if width and self._known(words[:width])[0] == ORG and words[width:] in g.other_names:
                self._add_name(tokens, i, i + width, initial, False)  # "Google Chrome": the maker is named
            return None
        if len(words) == 1 and words[0] in SEASONS and j < len(tokens) and _year(tokens[j].text):
            return None  # "Okafor: Autumn 2022.", "in Spring 2021": a date ("Summer is writing" names someone)
        if self._language_variety(words):
            self.terms.add(words)  # "Cusco Quechua", "La Paz Aymara": a way of speaking
            return None
        month = words[0] in g.calendar and not _given_name_like_month(words, g)
        if month or words == ("I",) or self._numbered_part(words) or (
            self._prefix(words, g.demonyms, 3) == len(words) and not self._region_named(tokens, i, j)
        ):
            return None
        if len(words) == 1 and words[0].endswith("s") and (words[0][:-1].lower(),) in g.demonyms:
            return None  # "Democrats", "Republicans": members, not a name
        holiday = words[-1] == "Day" and len(words) > 1 and words[0] not in g.first_names  # not "Doris Day"
        ruled = words[-1] == "Rule" and words[0] in g.first_names  # "Ann Rule", the writer
        event = (words[-1] in EVENT_HEADS or _head_word(words) in EVENT_HEADS) and not (
            self._games_maker(words) or ruled
        )
        if (event or words[0] in STORMS or holiday) and not self._known(words):  # "the World Cup"
            width = self._known_prefix(words)
            if event and width and self._known(words[:width])[0] == ORG:
                self._add_name(tokens, i, i + width, initial, False)  # "the Google Science Fair": its organiser
            return None
        if i > 2 and tokens[i - 3].text in AWARD_HEADS and [t.text for t in tokens[i - 2 : i]] == ["of", "the"]:
            return None  # the "Match" of "Player of the Match"
        if words[-1] in AWARD_HEADS and [t.text for t in tokens[j : j + 2]] == ["of", "the"]:
            sponsor = self._add_name(tokens, i, j - 1, initial, False) if j - i > 1 else None
            if sponsor is not None and not sponsor.strong:
                sponsor.cues.insert(0, ORG)
            return None  # "Budweiser Man of the Match": an award, named after its sponsor
        if j == i + 1 and j < len(tokens) and tokens[j].text in METHOD_NOUNS and not self._known(words):
            return None  # "the Shannon diversity", "the mean pairwise Schoener index": a method, not its author
        if self._quoted_title(tokens, i, j) or self._eponym(tokens, i, j) or self._currency(tokens, j):
            return None
        if len(words) == 1 and not self._known(words) and words[0] not in g.first_names and _binomial(tokens, i):
            self.terms.add(words)  # "Drosophila melanogaster", and "Drosophila" alone then: a genus, not a name
            return None
        if len(words) == 1 and (model := _MODEL_NUMBER.fullmatch(words[0])) and not self._known((model[1],)):
            self.products.add((model[1],))
            return None  # "IE6", "PS5", "COP28": a product, model or event by its number, and so is "IE" then
        if _named_work_or_craft(tokens, i, j) and not self._known(words):
            if _whole_title(tokens, j):
                self.terms.add(words)  # and so is every later mention: "filmed for Night Shift"
            return None
        if _ticker(tokens, i, j) or (words in MARKET_INDICES and j < len(tokens) and tokens[j].text.isdigit()):
            return None  # "Nvidia (NVDA.O)", "the S&P 500", "the FTSE 100": a share's symbol, a market index
        if i > 1 and tokens[i - 1].text == "of" and tokens[i - 2].text in WORK_TITLE_HEADS and not self._known(words):
            self.terms.add(words)  # "The Adventures of Tom Sawyer", "Portrait of Delia": a name in a work's title
            return None
        if words in POLAR_ADJECTIVES and j < len(tokens) and self._common_noun_at(tokens, j):
            return None  # "Antarctic ice shelves", "Arctic waters": an adjective (the continent is Antarctica)
        if (
            words in OCEAN_ADJECTIVES and j < len(tokens) and self._common_noun_at(tokens, j)
            and tokens[j].text not in GEOGRAPHIC_NOUNS
        ):
            return None  # "the Atlantic economy", "Baltic merchants"; not "the Atlantic coast"
        if len(words) > 1 and words[0] in VESSEL_PREFIXES:
            self.terms.update((words, words[1:]))  # "RV Tangaroa", "the ROV Skua", "HMS Belfast": a vessel, and
            return None  # so is "Tangaroa" alone
        if self.scholarly and len(words) == 1 and _tool_used(tokens, i) and not self._known(words):
            self.terms.add(words)  # "annotated in Praat", "aligned using ELAN": a paper's software
            return None
        if _thing_called(tokens, i) and not self._known(words):
            self.terms.add(words)  # "a tax known as IRAP", "a paper study called Comet Dust Return"
            return None
        if i > 0 and tokens[i - 1].text == "," and self._office(words):
            return None  # "Rubén Castellanos, First Assistant County Attorney": his office, after his name
        if words == ("State",) and i > 0 and tokens[i - 1].text.lower() == "the":
            return None  # "the State will have to find new resources": the polity, a common noun capitalised
        if words[-1] in ADDRESS_FORMS and (len(words) == 2 or (i > 0 and tokens[i - 1].text.lower() in ADDRESSING)):
            return None  # "Your Honor", "His Excellency": a form of address, not a name
        if j == i + 1 and i > 0 and words[0] in PARENT_WORDS and tokens[i - 1].text.lower() in OWNERS:
            return None  # "my Dad offered us the chapel": a parent, called so by a child
        if j == i + 1 and i > 0 and tokens[i - 1].text.lower() in ("a", "an") and not self._known(words):
            after = tokens[j].text if j < len(tokens) else ""
            if not after[:1].isalnum() or after in ("and", "or"):
                return None  # "nominated for an Oscar and", "drove a Toyota.": a thing, no one's name
        if j == i + 1 and j < len(tokens) and tokens[j].text.isdigit() and words[0] in NUMBERED_PARTS:
            return None  # "In Study 1", "Hypothesis 2 was supported": a part of a study or a text
        if j == i + 1 and j < len(tokens) and tokens[j].text == ":" and words[0].lower() in CAPTION_LABELS:
            return None  # "Image: Reuters", "Photo: AP" in a caption's credit line
        if self._credited_user_name(tokens, i, j):
            return self._add_person(tokens, i, j, initial)  # "Image: ShakataGaNai.": a photographer's user name
        if "&" in words[1:-1] and self._cited(tokens, j) and _bracketed_citation(tokens, i, j):
            # "(Baron & Beresford 2014)", "Carrano & Biewener [7]": authors, not a firm like "Smith & Wesson 1911"
            amp = i + words.index("&")
            self._add_name(tokens, i, amp, initial, False)
            self._add_name(tokens, amp + 1, j, False, False)
            return None
        if titled and all(w in g.subjects for w in words):
            return None  # "the Minister of Education": the title's portfolio, not a person
        cand = _Candidate(
            tokens[i].start, tokens[j - 1].end, words, initial=initial, tokens=tokens, first=i, last=j
        )
        cand.club = self._in_result(tokens, i, j)
        cand.plays = self._club_context(tokens, i, j)
        before = tokens[i - 1].text.lower() if i else ""
        named_like_person = words[0] in g.first_names and words[-1] in g.place_cues and (
            (
                words[-1] in SURNAME_PLACE_WORDS and before != "the"
                and all(_is_initial(w) or _initials(w) or w == "." or w in g.first_names for w in words[1:-1])
            )
            or (
                len(words) == 2 and words[1] in SURNAME_LIKE_PLACE_WORDS
                and before not in PLACE_OR_MOVEMENT and before != "the"
            )
        )  # "Thomas Castle said", "Michael C. Hall"; not "at Grant Park", "Lincoln Avenue" nor "Tana River"
        if titled and len(words) == 1 and not self._personal_name_like(words):
            return None  # "Warhol's Prince Series": a title before a word, no one's name
        if words[0] in PARTIES and len(words) == 1:
            return None  # "For the Plaintiffs:", "the Respondents": parties by their role
        if _speaker_role(tokens, i, j):
            return None  # "THE COURT: Sustained.", "THE CLERK: All rise."
        if len(words) == 1 and _ROAD_NUMBER.fullmatch(words[0]) and _road_context(tokens, i, j):
            cand.label, cand.strong = PLACE, True  # "traffic on the A605", "the M25": a road by its number
        elif j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text.rstrip(".") in LEGAL_FORMS:
            cand.label, cand.strong = ORG, True  # "the Defendant Tally Cloud, Inc.": a firm, whatever else it seems
        elif ((titled or named_like_person) and not self._known(words)) or (titled and _after_honorific(tokens, i)):
            cand.label, cand.strong = PERSON, True  # "Dr. Wendell Park": the title outranks the cue word "Park";
            # "MR PARIS:", "Mrs Washington": an honorific makes a surname of a listed place
        elif self._body_named_like_place(tokens, i, j):
            cand.label, cand.strong = ORG, True  # "the venture firm Atlantic Bridge", "Whitaker v. City of Troy"
            self._bodies_named_like_places.add(words)
        elif len(words) == 1 and self._known(words) and _relative_by_pronoun(tokens, i):
            cand.label, cand.strong = PERSON, True  # "danced with his brother Jordan": a relative named like a land
        elif (
            len(words) == 1 and self._known(words) and self._names_person(self._apposition(tokens, j))
            and (tokens[i - 1].text.lower() if i else "") not in PLACE_OR_MOVEMENT  # "In Brussels, a spokesman said"
        ):
            cand.label, cand.strong = PERSON, True  # "Sydney, our postdoc from Auckland,": a person named like a city
        elif (
            (self._known(words) or self._cue_label(words) == PLACE) and self._firm_in_apposition(tokens, j)
            and not _located_in(tokens, i)  # "a lab in Kent, the institute in Lyon": a list of where things are
        ):
            cand.label, cand.strong = ORG, True  # "Medway, the rail freight operator,", "Harvest Lane, a removals firm"
        elif self._cited_place(tokens, i, j):
            cand.label, cand.strong = PERSON, True  # "Lima et al. (2020)", "(Paris, 2019)": an author cited
            self._cited_people.add(words)
        elif self._venue(tokens, i, j):
            cand.label, cand.strong = PLACE, True  # "left a dinner at the Belgrade Theatre": the building
        elif self._town_named_like_firm(tokens, i, j):
            cand.label, cand.strong = PLACE, True  # "Santander, Spain": the city, not the bank
        elif words in SEATS_OF_POWER and _visited(tokens, i):
            cand.label, cand.strong = PLACE, True  # "invited to the White House": the building, not its staff
        elif not self._label_known(cand):
            if titled:
                cand.label, cand.strong = PERSON, True
            elif len(words) == 1 and (words[0] in g.org_cues or words[0] in MUNICIPAL_BODIES):
                self.references.append(cand)  # "the Commission", "the County": names only if the full name is too
                return None
            elif len(words) == 1 and words[0] in g.place_cues and words[0] not in self._surnames:
                return None  # "the Square": a reference, not a name (but "Hall said" after "Josh Hall")
            elif len(words) > 1 and "&" in words:
                cand.label, cand.strong = ORG, True  # "Sullivan & Cromwell", "Allison & Busby": firms, never one person
            elif len(words) > 1 and (
                (words[0] in g.first_names and not self._given_name_before_things(words))
                or _opens_with_initial(words) or _capitals_with_middle_initial(words)
                or _compound_given_name(words[0], g) or words[0] in IRISH_PATRONYMICS
                or (len(words) == 2 and _korean_given_name(tokens, i + 1))
            ) and not (cand.club and self._team(words)):  # "beat the Sydney Kings 94-88" names a club
                cand.label, cand.strong = PERSON, True  # "Maria Lopez", "J.K. Rowling", "A. Lee", "Jeon Hye-rin"
            elif self._team(words):
                cand.label, cand.strong = ORG, True  # "Boston Celtics", "New York Giants"
            self._context_hints(cand, tokens, i, j)
            if cand.label == PERSON and not _opens_with_initial(words) and cand.cues and cand.cues[0] != PERSON:
                cand.label = cand.cues[0]  # "Ellis Marlowe, a Brooklyn company", "in Sandy Springs"
        if cand.label == PERSON and cand.strong and len(words) > 1:
            self._surnames.add(words[-1])
        self.candidates.append(cand)
        return cand

    def _maker_in_brackets(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """The name opens brackets that go on to give an address ending in a listed place, as methods
        sections name suppliers: "(Qiagen, Hilden, Germany)", "(Sigma-Aldrich, St. Louis, MO, USA)"."""
        if not (0 < i and tokens[i - 1].text == "(" and j < len(tokens) and tokens[j].text == ","):
            return False
        address: list[str] = []
        for token in tokens[j + 1 : j + 12]:
            if token.text == ")":
                known = self._known((address[-1],)) if address else None
                return known is not None and known[0] == PLACE
            if not (token.text in (",", ".") or _capitalised(token.text)):
                return False
            if token.text not in (",", "."):
                address.append(token.text)
        return False

    def _cited_place(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A listed place cited as an author, here or before: "Lima et al. (2020)", then "as Lima argued".

        Not after a preposition of place or movement, nor after a part of a place: "protests in
        Paris (2019)", "In northern Uganda, Okello et al. (2021) reported", "For Spain, Llorente (2015)";
        and no author takes an article: "in Canada and the United Kingdom, Dumont and Asante (2020) found".
        """
        words = tuple(t.text for t in tokens[i:j])
        known = self._known(words)
        before = tokens[i - 1].text.lower() if i else ""
        et_al = _et_al(tokens, j)  # "in Albuquerque et al."
        return (
            known is not None and known[0] == PLACE
            and (et_al or before not in NOT_AUTHOR_BEFORE)
            and (words in self._cited_people or self._cited(tokens, j))
        )

    def _venue(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A building named as where something happens: "at the Belgrade Theatre", "outside the Waikato Museum";
        not "a nurse at the Carter Center" (an employer), "the Museum said", nor a listed name."""
        words = tuple(t.text for t in tokens[i:j])
        if not {words[0], words[-1], _head_word(words)} & VENUE_HEADS or self._known(words):
            return False
        if len(words) > 1 and words[-2] in CARE_CENTRES:
            return False  # "a diploma at Bugando Medical Centre": a hospital, an institution
        k = i - 2 if i > 1 and tokens[i - 1].text.lower() == "the" else i - 1
        if k < 0 or tokens[k].text.lower() not in VENUE_PREPOSITIONS:
            return False
        if k > 1 and tokens[k - 1].text == "held" and tokens[k - 2].text in ("is", "are", "now"):
            return False  # "the letters are held at the Hull History Centre": a collection's keeper
        return not any(self._works_at(tokens, m) for m in range(max(0, k - 4), k))  # "work as a physio at"

    def _town_named_like_firm(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A one-word listed organisation placed as a town is, before its country: "Santander, Spain"."""
        words = tuple(t.text for t in tokens[i:j])
        known = self._known(words)
        return (
            len(words) == 1 and known is not None and known[0] == ORG and not words[0].isupper()
            and j < len(tokens) and tokens[j].text == "," and self._place_follows(tokens, j + 1)
        )

    def _body_named_like_place(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A name whose place word would make a place of it, where context makes a body of it.

        After an organisation noun ("the venture firm Atlantic Bridge"), as a party to a
        case ("Whitaker v. City of Brennan Falls"), or a town's formal name for its
        government ("the County of Larchmont appealed"), but not after a preposition of
        place ("in the City of London"); a listed place stays a place.
        """
        words = tuple(t.text for t in tokens[i:j])
        if self._known(words) or self._cue_label(words) != PLACE:
            return False
        before = tokens[i - 1].text.lower() if i else ""
        if before == "the" and i > 1:
            before = tokens[i - 2].text.lower()
        formal = len(words) > 2 and words[0] in MUNICIPAL_BODIES and words[1] == "of"
        return before in ORG_NOUNS or _case_party(tokens, i, j) or (formal and before not in PLACE_OR_MOVEMENT)

    def _club_context(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """In sports reporting: "Leeds manager", "Sweden's qualifiers", "Newcastle are", "against Milwaukee";
        and a country or town ranked or drawn as a side: "Norway v Argentina", "behind Italy", "Paraguay
        finished 21st", "the Bhutan women's team" (not "behind Kipchoge", "Rashford finished with two goals")."""
        def word(k: int) -> str:
            return tokens[k].text if 0 <= k < len(tokens) else ""

        k = j + 1 if word(j) in POSSESSIVES else j
        if word(k) in ("women", "men") and word(k + 1) in POSSESSIVES:
            k += 2  # "the Bhutan women's team", "Jamaica's women's team"
        after = word(k)
        before = word(i - 1).lower()
        if before == "the" and not _capitalised(word(i - 2)):
            before = word(i - 2).lower()
        if (after in TEAM_MEMBERS or after in CLUB_VERBS) and before not in ("of", *PLACE_PREPOSITIONS):
            return True  # not "Felix Aldana of Argentina beat ..."
        if before == "from":
            return word(i - 2).lower() in JOINED_FROM
        if before in CLUB_OBJECTS or (before == "to" and word(i - 2).lower() in ("lost", "home")):
            return True
        if tuple(t.text for t in tokens[i:j]) not in self.g.places:
            return False  # what follows ranks a side only when a country or town names it
        standing = any(t.text in TABLE_PLACES for t in tokens[j + 1 : j + 5])
        if after in TABLE_VERBS and standing and before in ("", "while", "but", "as", "whereas"):
            return True  # "Liverpool stayed eight points clear"; not "Tokyo remained under a state of emergency"
        ranked = after in RANKED_VERBS or after in TEAM_WORDS or after in FACING
        if ranked and before not in ("of", *PLACE_PREPOSITIONS):
            return True
        if before in FACING and word(j) not in POSSESSIVES:
            return True  # "will be facing Brazil"; not "hopes to meet Kazakhstan's president"
        if _case_party(tokens, i, j):
            return True  # a fixture: "Norway v Argentina", "Norway v. Argentina"
        behind = before == "behind" or (before == "of" and word(i - 2).lower() in FINISHED_AHEAD)
        # "finished second behind Italy", "clear of Germany and Ukraine"; not "ahead of Kenya's Chebet"
        return behind and word(j) not in POSSESSIVES and not (word(j).islower() and word(j) not in ("and", "or"))

    def _eponym(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A disease named after its describer ("Alzheimer's disease", "Parkinson's researchers"), or in a
        paper a statistic named after its authors ("Cohen's kappa", "Kruskal–Wallis tests"); not "China's
        paradox" nor "the India–Pakistan test" in the news."""
        texts = [t.text.lower() for t in tokens[j : j + 3]]
        if len(texts) > 1 and texts[0] in POSSESSIVES and texts[1] in EPONYM_HEADS:
            return True
        if not self.scholarly or self._known(tuple(t.text for t in tokens[i:j])):
            return False
        if len(texts) > 1 and texts[0] in POSSESSIVES and (
            texts[1] in NAMED_STATISTICS or (j - i == 1 and texts[2:] and texts[2] in NAMED_STATISTICS)
        ):  # "Simpson's diversity index"; not "Transparency International's corruption index"
            return True  # nor "Goldsmith's test", the test a party to the case proposed
        if len(texts) == 3 and texts[0] in DASHES and _capitalised(tokens[j + 1].text):
            return texts[2] in METHOD_NOUNS  # "Kruskal" in "Kruskal–Wallis tests"
        paired = i > 1 and tokens[i - 1].text in DASHES and _capitalised(tokens[i - 2].text)
        return paired and bool(texts) and texts[0] in METHOD_NOUNS  # "Wallis" in it

    @staticmethod
    def _currency(tokens: Sequence[Token], j: int) -> bool:
        """A country's code written onto a currency sign: "US$ 20,000", "HK$5"."""
        return j < len(tokens) and tokens[j].text in CURRENCY_SIGNS and tokens[j].start == tokens[j - 1].end

    @staticmethod
    def _quoted_title(tokens: Sequence[Token], i: int, j: int) -> bool:
        """The whole of a quotation: the title of a work ("The Rains of Castamere", the single "Tallahassee");
        not a nickname ('people call him "Marreta"')."""
        k = i - 1 if i > 0 and tokens[i - 1].text.lower() == "the" else i
        before = tokens[k - 1].text if k > 0 else ""
        after = tokens[j].text if j < len(tokens) else ""
        return before in QUOTE_OPENERS and after in QUOTE_CLOSERS and not _nicknamed(tokens, i)

    def _in_result(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        def word(k: int) -> str:
            return tokens[k].text.lower() if 0 <= k < len(tokens) else ""

        score_after = word(j)[:1].isdigit() and _SCORE_AFTER.match(self.text, tokens[j - 1].end)
        if score_after or self._score_before(tokens, i):
            return True  # a result line: "Sweden 1 – 0 Korea Republic"
        k = i - 1 if word(i - 1) != "the" else i - 2  # "lost to the Miami Heat"
        before, after = word(k), word(j)
        if before in ("with", "to") and (before, word(k - 1)) in (("with", "drew"), ("to", "lost")):
            return True
        if before in ("to", "against") and self._score_before(tokens, k):
            return True  # "lost 8-0 to Switzerland", "won 2-1 against Chile"
        held = _HELD_SCORE.search(self.text, max(0, tokens[k].start - 20), tokens[k].start)
        if before == "by" and self._score_before(tokens, k) and held:
            return True  # "were held 1-1 by Norwich"
        drew = _DREW_SCORE.search(self.text, max(0, tokens[k].start - 20), tokens[k].start)
        if before == "with" and self._score_before(tokens, k) and drew:
            return True  # "drew 1-1 with Ivory Coast"
        if before == "for" and (word(k - 1) in PLAYED_FOR or word(k - 2) in PLAYED_FOR):  # "scored twice for"
            return True
        if before not in RESULT_BEFORE and after not in RESULT_AFTER:
            return False
        # "won" alone is no match result: a score must be in the sentence too.
        return _SCORE.search(self.text, tokens[0].start, tokens[-1].end) is not None

    def _score_before(self, tokens: Sequence[Token], k: int) -> bool:
        """A score ends right before ``tokens[k]``: "1 – 0 Korea Republic", "lost 8-0 to"."""
        return k > 0 and tokens[k - 1].text[-1:].isdigit() and bool(
            _SCORE_BEFORE.search(self.text, max(0, tokens[k].start - 12), tokens[k].start)
        )

    def _label_known(self, cand: _Candidate) -> bool:
        known = self._known(cand.words)
        if known:
            cand.label, cand.canonical = known
        else:
            cand.label = self._cue_label(cand.words)
        cand.strong = cand.label is not None
        return cand.strong

    def _context_hints(self, cand: _Candidate, tokens: Sequence[Token], i: int, j: int) -> None:
        """Labels suggested by the words around a name: cues outrank the tagger, hints do not."""
        before = tokens[i - 1].text.lower() if i > 0 else ""
        after = tokens[j].text if j < len(tokens) else ""
        word = cand.words[0]
        acronym = len(cand.words) == 1 and word.isupper() and 2 <= len(word.rstrip(".")) <= 6
        dash = after in ("—", "–") or (cand.initial and any(t.text in ("—", "–") for t in tokens[j : j + 5]))
        if word.isupper() and len(word) > 3 and dash:
            cand.cues.append(PLACE)  # a dateline: "LLEIDA — Farmers ...", "TROMSØ, Norway — ..."
        elif acronym and word.lower() not in self.g.common_words:  # "a HUGE success" is no name
            # Before a lower-case noun it may be a term ("LED bulbs"): the tagger decides first; what owns
            # something is a body, even in a paper ("HBO’s Game of Thrones").
            weak = (self.scholarly or self._common_noun_at(tokens, j)) and after not in POSSESSIVES
            (cand.hints if weak else cand.cues).append(ORG)
        if _camel_case(word) and len(cand.words) == 1:
            # "LibriVox", "ResearchGate": brands, not people ("McGuire" aside); in a paper, mostly its tools
            (cand.hints if self.scholarly else cand.cues).append(ORG)
        if acronym and len(word) == 2 and not cand.strong and self.cites_cases and self._country_in_brackets(tokens, j):
            cand.cues.insert(0, PERSON)  # "KO (Nigeria) v Secretary of State": an asylum seeker's initials
        if len(cand.words) == 1 and _case_party(tokens, i, j):
            cand.cues.insert(0, PERSON)  # "Whitaker v. City of Troy": a party is a person unless named otherwise,
            self._cited_people.add(cand.words)  # and so is every "Whitaker" then ("In Whitaker the court held")
        if word in US_POSTAL_CODES and before == "," and i > 1 and _capitalised(tokens[i - 2].text):
            cand.cues.insert(0, PLACE)  # "St. Louis, MO"
        if (
            before in POSSESSIVES and i > 1 and 1 < len(cand.words) <= 3 and not cand.strong and not cand.cues
            and self._known_place_width(tokens, i - 2, i - 1) and not any(english_word(w) for w in cand.words)
        ):
            self._after_country_possessive.append(cand)  # "Ethiopia's Bekele Worku": in a sports report, an athlete
        if any(w in ("nad", "pod") for w in cand.words[1:-1]):
            cand.cues.insert(0, PLACE)  # "Týn nad Vltavou": a town by its river (but "am", "im" and "na" join
            # bodies' names too: "Grundschule am Rheinufer", "Raidió na Trá")
        if len(cand.words) == 1 and _hyphenated_place(word):
            cand.cues.insert(0, PLACE)  # "Newport-on-Tay", "Châlons-en-Champagne", a Korean road "Jong-ro"
        if before == "as" and i > 1 and tokens[i - 2].text.lower() in ("trading", "trades", "rebranded"):
            cand.cues.insert(0, ORG)  # "Telefónica del Perú, trading as Movistar"
        if i > 0 and tokens[i - 1].text.endswith(("-based", "-headquartered")) and not cand.strong:
            cand.cues.insert(0, ORG)  # "the Bandung-based Pikiran Rakyat": a firm or paper by its seat
        if self._maker_in_brackets(tokens, i, j):
            cand.cues.insert(0, ORG)  # "the DNeasy Kit (Qiagen, Hilden, Germany)": a maker and its address
        if self._cited(tokens, j) and (cand.words[-1] in self.g.org_cues or (word.isupper() and len(word) > 2)):
            cand.cues.insert(0, ORG)  # "the Open Science Collaboration (2015)", "(IPCC, 2021)": a body as author
        elif self._cited(tokens, j) and not self._place_in_title(cand.words):
            cand.cues.insert(0, PERSON)  # "Spang (1983)", "(Brieber 2014; ...)": an author cited
            self._cited_people.add(cand.words)
        noun_token = tokens[i - 2] if before == "," and i > 1 else tokens[i - 1] if i else None
        noun = noun_token.text.lower() if noun_token is not None else ""
        common_noun = noun_token is not None and noun_token.text.islower()  # not "... Association, Colin Ratcliffe"
        singular = _singular(noun)
        # "game developer Rhys Bellamy", "the developers, Tiago Ribamar and Luana Corrêa"
        person_named = singular in AGENT_NOUNS and word in self.g.first_names
        if common_noun and not person_named and (
            noun in ORG_NOUNS or (singular != noun and singular in ORG_NOUNS_OR_INSTITUTIONS)
        ):
            cand.cues.append(ORG)  # "the broadcaster Rai", "the weather agency, Aemet,", "the schools Santo Spirito"
        elif _singular(example := self._example_of(tokens, i)) in ORG_NOUNS:
            cand.cues.append(ORG)  # "businesses, including Hometown Hardware", "firms such as Acme"
        elif _singular(example) in PRODUCT_KINDS and not self._known(cand.words):
            self.products.add(cand.words)  # "messaging applications such as WhatsApp and Signal"
        elif example in PLACE_NOUNS:
            cand.cues.append(PLACE)  # "remote hamlets such as Quitaracsa"
        elif before == "of" and i > 1 and tokens[i - 2].text.lower() in ("member", "members"):
            cand.cues.append(ORG)  # "former members of Scientology"
        elif before == "of" and self._after_person(tokens, i - 1) and not self._place_follows(tokens, j + 1):
            cand.hints.append(ORG)  # "Hannah Whitcombe of Bernstein": an employer, or a home town
        if _kin_before(tokens, i) or (before,) in self.g.titles or (
            before == "," and self._title_of_before(tokens, i - 1)
        ):  # "my aunt Funmi", "spokesman Ezekiel Manzo", "the mayor of Lyon, Grégory Doucet"
            cand.cues.append(PERSON)
        if before == "the" and after in LEADERS_TERMS and not self._known(cand.words):
            cand.cues.append(PERSON)  # "the Obama administration", "the Lula presidency"
        if (
            before == "," and i > 1 and tokens[i - 2].text in PLACE_NOUNS and after in (",", ".")
            and len(cand.words) == 1 and word not in self.g.first_names
            and (tokens[j + 1].text.lower() if j + 1 < len(tokens) else "") not in ("who", "whose", "the", "a", "an")
        ):  # "Indonesia's new capital, Nusantara, will open"; not "In the capital, Okonkwo, who runs a bakery,"
            cand.cues.append(PLACE)
        if (
            after in BODY_NOUNS and _after_article(tokens, i) and word not in self.g.first_names
            and not self._known(cand.words) and not self._adjective_of_name(cand)
            and not (j + 1 < len(tokens) and _capitalised(tokens[j + 1].text))
        ):  # not "the Turku firm Kallio Ekholm", a town, nor "the Paralympic movement"
            cand.cues.append(ORG)  # "the governing Smer party", "the Obrin company"
        adjective = cand.initial and len(cand.words) == 1 and english_word(word)  # "Warmer sea temperatures"
        if (after.lower() in PLACE_NOUNS and not adjective) or (
            before == "of" and i > 1 and tokens[i - 2].text.lower() in PLACE_NOUNS
        ):
            cand.cues.append(PLACE)  # "the Kursk region", "42 districts of Binh Duong"
            cand.landform = True
        next_word = tokens[j + 1].text if j + 1 < len(tokens) else ""
        term = self.scholarly and len(cand.words) == 1 and _acronym(word)  # "the CoM.": a term in a paper
        if (
            before == "the" and (after in SAID or (not after[:1].isalnum() and after not in DASHES))
            and not cand.cues and not term and not _place_by_movement(tokens, i)
        ):
            cand.cues.append(ORG)  # "the Greens said", "the Vatican.": people take no article
        called = _noun_called(tokens, i)
        trade = called.endswith(("er", "or")) and called not in ORG_NOUNS and (
            word in self.g.first_names or (len(cand.words) > 1 and not english_word(cand.words[-1]))
        )  # "a tracker called Innocent Tumwebaze"; not "a glacier called Skaftafell"
        if called in PEOPLE_CALLED or (called,) in self.g.titles or called.endswith(("man", "woman", "ist")) or trade:
            cand.cues.append(PERSON)  # "a woman called Odile Ferrand", "a quarryman called Wil Hughes"
        elif called in ORG_NOUNS or called == "forum":
            cand.cues.insert(0, ORG)  # "a firm called Summit", "a small club in Amersfoort called De Zwarte Hoed"
            cand.firm = True
        speaks = after in SAID or (after == "," and next_word in SAID)
        # Not "the Met Office in Exeter said", nor "Marta Lobo, a schoolteacher from Tomar, told ...".
        speaker = speaks and before not in PLACE_PREPOSITIONS and before != "of" and not _place_by_movement(tokens, i)
        it_speaks = next_word == "its" or (next_word == "it" and self._verb_follows(tokens, j + 2))
        # not "Nigella Lawson posted it on Instagram": there "it" is what she posted
        if speaker and it_speaks:
            cand.cues.append(ORG)  # "Next said it expects": people are "he" or "she"
            cand.firm = True
        elif speaker or (after == "," and next_word == "who" and before not in PLACE_OR_MOVEMENT | {"of"}):
            # not "in Brno, who ..." nor "Florence Adeyemi of Imperial College London, who ..."
            cand.cues.append(PERSON)
        elif before in SAID_AFTER_QUOTE and i > 1 and tokens[i - 2].text in QUOTE_ENDS and after in (".", ";"):
            cand.cues.append(PERSON)  # "'It is over,' said Rossi.": the speaker after the quote
        if before in ("in", "of") and i > 1 and tokens[i - 2].text.lower() in ("shares", "stake", "stock"):
            cand.cues.append(ORG)  # "shares in Next"
            cand.firm = True
        if before in BAND_OR_LABEL_BEFORE or (before == "to" and i > 1 and tokens[i - 2].text.lower() == "signed"):
            cand.cues.append(ORG)  # "fronting Glass Orchard", "signed to Sub Pop"
        if any(len(w) > 8 and w[1:].islower() and w.endswith(BODY_ENDINGS) for w in cand.words):
            cand.cues.append(ORG)  # "Skischule Valdrein", "the Hofkammer", "Skolinspektionen", "Björkskolan"
        if len(cand.words) == 1 and word.endswith(NORDIC_PLACE_ENDINGS) and word[1:].islower():
            cand.hints.append(PLACE)  # "Fagradalsfjall", "Kálfafell", "Ruskojärvi": a mountain, a lake
        elif (
            len(cand.words) == 1 and before == "the" and word.endswith(ALPINE_PLACE_ENDINGS) and word[1:].islower()
            and len(word) > 6 and not english_word(word) and word not in self.g.first_names
            and word not in self.g.surnames and not word.endswith("ital")  # "the investment fund Fjordkapital"
            and not self._common_noun_at(tokens, j)  # "the Emmental cheese"
        ):
            cand.cues.insert(0, PLACE)  # "the Matterhorn", "the Lötschental"; not "Weinstock", "Sheetal"
        elif len(cand.words) > 1 and cand.words[-1].lower() in NORDIC_LANDFORMS and word not in self.g.first_names:
            cand.cues.append(PLACE)  # the landform named as a word of its own: "Zachariæ Isstrøm"
        if len(cand.words) == 1 and _speaker_label(tokens, i) and not english_word(word):
            if self._line_labels()[word] >= 2:  # a speaker, not a one-off label ("Coram: The Chief Justice")
                cand.cues.append(PERSON)  # "Lubra: By accident.": who speaks in an interview's transcript
        if _nicknamed(tokens, i):
            cand.cues.append(PERSON)  # 'people call him "Marreta"'
        if before == "to" and i > 1 and tokens[i - 2].text.lower() == "attributed" and word not in self.g.org_cues:
            cand.hints.append(PERSON)  # "a quote attributed to Einstein": whom words are put in the mouth of
        funder = before == "by" and i > 1 and tokens[i - 2].text.lower() in FUNDED
        if funder and word not in self.g.first_names and not after[:1].isdigit():
            cand.cues.append(ORG)  # "funded by CAPES": a body pays for research; not "operated by Embraer 195 jets"
        if before == "by" and i > 1 and tokens[i - 2].text.lower() in ("employed", "acquired"):
            cand.cues.append(ORG)  # "a forestry worker employed by Romsilva", "acquired by Smurfit"
            cand.firm = True
        adjective_opening = cand.initial and len(cand.words) == 1 and self._adjective(tokens, i)
        if after.lower() in COMPANY_STAFF and not adjective_opening:
            cand.cues.append(ORG)  # "Brightline chief executive Ana Ruiz", "Goldman analysts"; not "Political analysts"
            cand.firm = True
        elif (
            before == "for" and i > 1 and tokens[i - 2].text.lower() in COMPANY_STAFF | STAFF_FOR
            and all(english_word(w) or w in CONNECTORS for w in cand.words)
            and tuple(w.lower() for w in cand.words) not in self.g.titles  # not "a candidate for President"
            and (len(cand.words) > 1 or word not in self._surnames | self.g.surnames)
        ):
            # "a spokesperson for Harvest said", "country director for Action Against Hunger": words no one
            # is named, so an employer
            cand.cues.insert(0, ORG)
            cand.firm = True
        modifier = after.islower() and after not in self.g.common_words  # "the Wolfsburg site"
        if before == "at" and i > 1 and self._works_at(tokens, i - 2) and not modifier:
            cand.cues.append(ORG)  # "studied at Columbia"; not "workers at the Wolfsburg site"
        personal = len(cand.words) > 1 and word in self.g.first_names  # not "sent me to Elena Rossi-Bauer"
        if (_place_by_movement(tokens, i) and not personal) or before in PART_OF_PLACE:
            cand.cues.append(PLACE)  # "fled to Rahad", "residents of Um Rawaba", "central Hamilton"
        if before == "at" and after == "on" and next_word in self.g.calendar:
            cand.cues.insert(0, PLACE)  # "beat Everton 3-1 at Anfield on Sunday": a venue
        # "Lima et al. (2022) in Ecological Entomology": a journal; not "Lee (2018) in Nyanza", a field site.
        cited_in = (
            i > 3 and tokens[i - 2].text == ")" and _year(tokens[i - 3].text)
            and (len(cand.words) > 1 or english_word(word))
        )
        listed = after in (",", "and") and _capitalised(next_word)  # "reported in Carei, Borșa and Sighet"
        if before == "in" and (cited_in or (_published_in(tokens, i - 1) and not listed)):
            cand.cues.append(ORG)  # "published on Wednesday in Nature", "a paper in Science"
            cand.firm = True
        elif before in PLACE_PREPOSITIONS and after not in CASE_VERSUS and not term:  # not "in Connick v. Thompson"
            (cand.hints if after in POSSESSIVES else cand.cues).append(PLACE)  # "in Exeter", not "in Smith’s view"
        if after in POSSESSIVES:
            owned = next_word.lower()
            if owned in ("main", "chief", "new", "biggest", "largest", "flagship") and j + 2 < len(tokens):
                owned = tokens[j + 2].text.lower()  # "Obrin's main product", "Plinth's chief executive"
            (cand.cues if owned in ORG_BELONGINGS else cand.hints).append(ORG if owned in ORG_BELONGINGS else PERSON)
        if after == "," and cand.label != PERSON and not acronym and self._place_follows(tokens, j + 1):
            cand.cues.append(PLACE)  # "Irving, Texas", "Aceh, Indonesia"; not "Lattice Lab, CNRS, France"
        if not cand.strong and len(cand.words) == 1 and self._among_languages(tokens, i, j):
            self.terms.add(cand.words)  # "youth mix Sheng, English and Swahili": a language among languages
        if head := self._apposition(tokens, j):
            trade = head in AGENT_NOUNS and any(t.text.lower() in FORMER for t in tokens[j + 1 : j + 4])
            counted = tokens[j + 1].text.lower() in LIST_APPOSITION_COUNTS
            if trade and len(cand.words) > 1 and cand.words[0] in self.g.first_names:
                cand.cues.append(PERSON)  # "Harriet Quayle, a former bookseller,"; not "Eddie Stobart, the haulier"
            elif head in ORG_NOUNS and not (counted and head in AGENT_NOUNS):  # not "Keane and Doyle, two miners"
                cand.cues.append(ORG)  # "Quillon, a Lyon-based maker of hearing aids,"
                cand.firm = True
            elif head in ("language", "dialect", *SOFTWARE_NOUNS) and not cand.strong:
                self.terms.add(cand.words)  # "Siwu, a Kwa language spoken in Ghana,", "Kite, the JavaScript engine"
            elif self._names_person(head):
                cand.cues.append(PERSON)  # "Haverford, a spokesman for the ministry,", "Jonas, a curator there,"
            elif head in PLACE_NOUNS:
                cand.cues.insert(0, PLACE)  # "Franklin, a village of about 1,400 people,"; "The Tana, the ... river,"
            elif not cand.strong and any(
                t.text in WORK_VESSEL_AND_ANIMAL_NOUNS and k + 1 < len(tokens) and tokens[k + 1].text in WORK_ENDS
                for k, t in enumerate(tokens[j + 2 : j + 4], start=j + 2)
            ):
                self.terms.add(cand.words)  # "Salt Road Hymns, a novel by ...", "Tidewater, her debut album,"
        if before == "of" and _aged(tokens, i - 2) or (
            before == "nearby" and i > 1 and tokens[i - 2].text.lower() in PLACE_OR_MOVEMENT
        ):
            cand.cues.insert(0, PLACE)  # "Reza Tehrani, 39, of Bromley,", "a farmer from nearby Upper Hadley"
        if (
            len(cand.words) > 1 and _aged(tokens, j + 2) and not self._cue_label(cand.words)
            and before not in PLACE_OR_MOVEMENT and j + 3 < len(tokens) and tokens[j + 3].text.lower() in AGED_NEXT
        ):
            cand.cues.insert(0, PERSON)  # "Dallas Whitfield, 36, said"; not "at Gran Vía, 28, in Madrid"
        if before == ":" and i > 1 and tokens[i - 2].text.lower() in PLACE_NOUNS:
            cand.cues.insert(0, PLACE)  # "in two villages: Chinchero and Ollantaytambo"
        if before == "the" and word in COMPASS and len(cand.words) == 1:
            cand.cues.insert(0, PLACE)  # "the West"
        if before == "the" and cand.words == ("Moon",):
            cand.cues.insert(0, PLACE)  # "landed on the Moon"; "President Moon" is a person
        saint_herself = len(cand.words) == 2 and cand.words[1] in self.g.first_names and (
            word in ("Saint", "Sainte") or cand.words in SAINTLY_PEOPLE
        )
        if len(cand.words) > 1 and word in SAINTS and not saint_herself:
            cand.cues.append(PLACE)  # named for a saint and no saint herself ("Saint Ursula"; "Santa Barbara" is a
            # town): a place, unless a cue above says what else ("the schools Santo Spirito")

    def _common_noun_at(self, tokens: Sequence[Token], k: int) -> bool:
        """``tokens[k]`` is a lower-case common noun that no body is named before: "the ICI system",
        "SI interpretations"; not "the ONS said", "NAACP and", "the SNCTA union", "ESA staff"."""
        word = tokens[k].text if k < len(tokens) else ""
        if not word.islower() or word.endswith("ed") or word in SAID or word in ORG_NOUNS | COMPANY_STAFF | BODY_WORDS:
            return False  # "-ed": a verb the tagger may call a noun, "the NBL confirmed"
        return self._pos(tokens)[k].startswith("NN")

    def _verb_follows(self, tokens: Sequence[Token], k: int) -> bool:
        """A verb comes at ``tokens[k]``, past adverbs and commas: "it expects", "it now expects", "it, too, would"."""
        tags = self._pos(tokens)
        while k < len(tokens) and (tags[k].startswith("RB") or tokens[k].text == ","):
            k += 1
        return k < len(tokens) and tags[k].startswith(("VB", "MD"))

    def _pos(self, tokens: Sequence[Token]) -> list[str]:
        """Part-of-speech tags of the sentence ``tokens``, tagged once however many rules ask."""
        if tokens[0].start not in self._sentence_tags:
            self._sentence_tags[tokens[0].start] = pos_tags([t.text for t in tokens])
        return self._sentence_tags[tokens[0].start]

    def _works_at(self, tokens: Sequence[Token], k: int) -> bool:
        """``tokens[k]``, before "at", is a word of work or study, or ends one's field: "professor of Physics"."""
        field = k
        while field >= 0 and tokens[field].text in self.g.subjects:
            field -= 1
        if field < k and field > 0:
            k = field - 1 if tokens[field].text in ("of", "in") else field  # "a professor of Physics at Cornell"
        word = tokens[k].text.lower()
        return word in WORKS_AT or word.endswith(SCHOLARS)  # "a geochemist at the National Oceanography Centre"

    def _place_follows(self, tokens: Sequence[Token], k: int) -> bool:
        """A listed place starts at ``tokens[k]`` and a comma or full stop ends it: "Irving, Texas, was ..."

        Not "Florida's governor", "Georgia Tech", nor "For Biden, Georgia is a must-win state".
        """
        width = self._known_place_width(tokens, k)
        return width > 0 and (tokens[k + width].text if k + width < len(tokens) else "") in PHRASE_ENDS

    def _after_person(self, tokens: Sequence[Token], k: int) -> bool:
        """The name collected last is a full personal name that ends just before ``tokens[k]``."""
        last = self.candidates[-1] if self.candidates else None
        return (
            last is not None and last.tokens is tokens and last.last == k
            and last.label == PERSON and last.strong and len(last.words) > 1
        )

    @staticmethod
    def _cited(tokens: Sequence[Token], j: int) -> bool:
        """A citation follows the name: "Spang (1983)", "(Feng, 2007)", "Fantoni et al., 2013", "Wu [7]".

        Co-authors share their citation: "(Baron & Beresford 2014)", "Carrano and Biewener [7]".
        """
        def word(k: int) -> str:
            return tokens[k].text if k < len(tokens) else ""

        for _ in range(4):  # over up to four co-authors
            k = j + 1 if word(j) == "," else j
            if word(k) in ("&", "and"):
                k += 1
            if k == j or not _capitalised(word(k)) or _year(word(k)) or word(k) in MONTHS:
                break  # not "the minutes from Exeter, June 2023": a date, no co-author
            j = k + 1
            while _capitalised(word(j)):
                j += 1
        if (word(j), word(j + 1)) == ("et", "al"):
            j += 3 if word(j + 2) == "." else 2
        if word(j) in POSSESSIVES and word(j + 1) == "(":
            j += 1  # "De Certeau’s (1984) practices"
        if word(j) == "[":
            return word(j + 1).isdigit() and word(j + 2) in ("]", ",")
        if word(j) in ("(", ","):
            j += 1
        return _year(word(j)) and word(j + 1) in (")", ";", ",", ".", ":", "")  # ":" before pages, "(2011: 84)"

    def _title_of_before(self, tokens: Sequence[Token], comma: int) -> bool:
        """``tokens[comma]`` ends "the mayor of Lyon": a title, "of" and a capitalised name."""
        k = comma - 1
        while k > 0 and _capitalised(tokens[k].text):
            k -= 1
        return k < comma - 1 and k > 0 and tokens[k].text == "of" and (tokens[k - 1].text.lower(),) in self.g.titles

    def _numbered_part(self, words: Key) -> bool:
        """A Roman number alone or after a word for a part numbers that part, no name: "part XVII", "in Phase
        II", "Title IX", "World War II"; after a name it is a regnal number ("Elizabeth II", "Pope Urban II")."""
        return _ROMAN_NUMERAL.match(words[-1]) is not None and (len(words) == 1 or words[-2].lower() in PART_NOUNS)

    def _among_languages(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """A neighbour in the name's list is a language: "Sheng, English and Swahili"; a nationality word
        only as a noun, not "Zelensky and Russian officials"."""
        neighbours = []
        if i > 1 and tokens[i - 1].text in LIST_LINKS:
            neighbours.append(i - 2)
        if j + 1 < len(tokens) and tokens[j].text in LIST_LINKS:
            neighbours.append(j + 1)
        for k in neighbours:
            word, after = tokens[k].text, tokens[k + 1].text if k + 1 < len(tokens) else ""
            if (word,) in self.g.other_names:
                return True
            noun = not after.isalpha() or after in LIST_LINKS  # not "Kourou, French Guiana"
            if noun and (word.lower(),) in self.g.demonyms and _capitalised(word) and word not in PLACE_QUALIFIERS:
                return True
        return False

    @staticmethod
    def _apposition(tokens: Sequence[Token], j: int) -> str:
        """The head noun of a phrase in apposition after the name ending at ``j``: ", a Lyon-based maker of",
        ", Peru's highest mountain,"."""
        if j + 2 >= len(tokens) or tokens[j].text != ",":
            return ""
        if tokens[j + 1].text.lower() in ADDRESSING and tokens[j + 2].text in ADDRESS_FORMS:
            return ""  # "Precisely, my Lord.": the one spoken to, not the name's apposition
        if tokens[j + 1].text in APPOSITION_OPENERS:
            start = j + 2
        elif tokens[j + 1].text == "one" and tokens[j + 2].text == "of":
            start = j + 3  # "Horizon, one of the largest pelagic operators,": the plural's singular is the head
        elif tokens[j + 1].text.lower() in LIST_APPOSITION_COUNTS:
            start = j + 2  # "Shillington and Laureldale, two boroughs that": each name is one of them
        elif _capitalised(tokens[j + 1].text) and tokens[j + 2].text in POSSESSIVES:
            start = j + 3  # "Huascarán, Peru's highest mountain,"
        else:
            return ""
        one_of = start == j + 3 or tokens[j + 1].text.lower() in LIST_APPOSITION_COUNTS
        head = ""
        aged = False  # "a 34-year-old", as people's ages are written
        # The head is the last word before the phrase ends, at most six words in.
        for k, token in enumerate(tokens[start : start + 7], start=start):
            if token.text == "year-old" and k > start + 1 and tokens[k - 2].text.isdigit():
                aged = int(tokens[k - 2].text) <= 110
            ended = token.text in APPOSITIVE_ENDS or token.text in ("spoken", "written", "known") or (
                token.text.endswith("ed") and _singular(head) in ORG_NOUNS | PERSON_NOUNS | PLACE_NOUNS
            )  # "Anker, a marine insurer founded in 1871", "Kessa, a language spoken by 3,000 people"
            if ended:
                if aged and head.endswith(("er", "or")):
                    return "person"  # "Renata Szabó, a 34-year-old costume maker,"; not "a 140-year-old retailer"
                return _singular(head) if one_of else head
            if token.text not in ("there", "here", "now", "then", "the", "its", "their"):  # "Jonas, a curator there,"
                head = token.text.lower()
        return ""

    def _firm_in_apposition(self, tokens: Sequence[Token], j: int) -> bool:
        """A lower-case phrase after the name says what kind of body it is: ", the rail freight operator,";
        not a list that goes on with names (", the United Kingdom and the European Union")."""
        return j + 2 < len(tokens) and tokens[j + 2].text.islower() and self._apposition(tokens, j) in ORG_NOUNS

    def _names_person(self, head: str) -> bool:
        """An apposition's head noun that only a person is: "a curator", "our postdoc", "a spokesman", and
        the experts named by "-ist" and "-ician" ("a sports physiologist", "a statistician"; not "a checklist")."""
        expert = head.endswith(("ist", "ician")) and not head.endswith(("klist", "ylist", "shlist", "tlist"))
        return head in PERSON_NOUNS or (head,) in self.g.titles or expert

    @staticmethod
    def _example_of(tokens: Sequence[Token], i: int) -> str:
        """The plural noun the name is given as an example of, "companies" in "companies such as Acme", or ""."""
        k = i - 1
        if k >= 1 and tokens[k].text == "as" and tokens[k - 1].text == "such":
            k -= 2
        elif k >= 0 and tokens[k].text in ("including", "like", "notably", "especially", "particularly", "namely"):
            k -= 1
        else:
            return ""
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        owner = k  # back over whose or where they are: "districts of the Upper East Region, including",
        # "towns on the Zuiderzee such as"
        while owner > max(-1, k - 8) and (
            _capitalised(tokens[owner].text) or tokens[owner].text in ("of", "the", "on", "in")
        ):
            owner -= 1
        if owner >= 0 and tokens[owner + 1].text in ("of", "on", "in"):
            k = owner
        noun = tokens[k].text.lower() if k >= 0 else ""
        return noun if _singular(noun) != noun else ""

    def _mark_coordination(self, tokens: Sequence[Token], first: int) -> None:
        """Names joined only by commas and "and"/"or" form one group that shares a label.

        A list needs its "and"/"or": a comma alone joins no list ("Speaking in Kyiv, Zelensky said"),
        unless a known place follows it ("Shannon, Ireland").
        """
        sentence_cands = self.candidates[first:]
        if len(sentence_cands) < 2:
            return
        joined: set[int] = set()
        for a, b in zip(sentence_cands, sentence_cands[1:]):
            if a.fragment or b.fragment:
                continue
            between = {t.text for t in tokens[a.last : b.first]}
            before_a = tokens[a.first - 1].text if a.first else ""
            crossed = before_a in PLACE_OR_MOVEMENT and b.last < len(tokens) and tokens[b.last].text == before_a
            # Not "Moraes in Brasília and Samir in Tripoli": each name has its own place.
            # Nor "In Paris, Macron and Scholz met": the place opens the sentence, the list comes after it.
            fronted = (
                between == {","} and a.first == 1 and tokens[0].text in FRONTED_PREPOSITIONS
                and not (b.strong and b.label == PLACE) and not _list_then_comma(tokens, b.first)
            )
            if between and between <= {",", "and", "or"} and not crossed and not fronted:
                if a.group < 0:
                    self._groups += 1
                    a.group = self._groups
                b.group = a.group
                after_b = tokens[b.last].text if b.last < len(tokens) else ""
                # "met Devolver Digital, Raw Fury and two smaller labels": the list goes on past its names.
                goes_on = (
                    b.last < len(tokens) and tokens[b.last].text in ("and", "or")
                    and before_a.islower() and before_a not in PLACE_OR_MOVEMENT
                )
                if between & {"and", "or"} or goes_on:
                    joined.add(a.group)
                    self._lists.add(a.group)
                elif b.strong and b.label == PLACE and after_b in PHRASE_ENDS:  # "Shannon, Ireland", not "…, Dallas lost"
                    joined.add(a.group)
        sizes = Counter(c.group for c in sentence_cands if c.group >= 0)
        joined.update(group for group, size in sizes.items() if size >= 3)  # "Scarborough, Etobicoke, North York"
        for cand in sentence_cands:
            if cand.group not in joined:
                cand.group = -1

    # ------------------------------------------------------------ resolution
    def resolve(self) -> tuple[Entity, ...]:
        self.sport = _about_sport(self.lower_words, self.text)
        for cand in self.candidates:
            if self._club_followed(cand):
                cand.label, cand.strong, cand.canonical = ORG, True, None  # "a devoted follower of Bradford City"
            elif cand.words in self._bodies_named_like_places and cand.label == PLACE and not self._known(cand.words):
                cand.label = ORG  # "Frost Harbour formed in 2009" after "the band Frost Harbour"
        if self.sport:  # elsewhere "Vietnam's Quảng Ngãi province", "France's Sécurité Civile"
            for cand in self._after_country_possessive:
                cand.cues.append(PERSON)
            for cand in self.candidates:
                if self._club_named_town_and_kind(cand):
                    cand.label, cand.strong, cand.canonical = ORG, True, None  # "level with Swansea City"
            sides = {c.words for c in self.candidates if c.plays or c.club}
            for cand in self.candidates:
                if not cand.strong and cand.words in sides and self._named_for_its_city(cand.words):
                    cand.cues.insert(0, ORG)  # "beat Lupi Piacenza 3-2": a club, not "Shericka Jackson ran well"
        self._split_cited_pairs()
        self._spelt_out_acronyms()
        self._index_lists()
        self._names_in_brackets()
        self._lands_named_by_their_adjective()
        for cand in self.candidates:
            self._by_words.setdefault(cand.words, []).append(cand)
        for words, cands in self._by_words.items():
            votes = Counter(c.cues[0] for c in cands if c.cues and not c.strong)
            if votes:
                self._surface_cues[words] = votes.most_common(1)[0][0]
        # A listed name's known type outranks the tagger: "Acme Robotics and Bluefin Logistics Inc."
        known_groups = {c.group: c.label for c in self.candidates if c.group >= 0 and c.strong and not c.fragment}
        cued_groups = {c.group: c.cues[0] for c in self.candidates if c.group >= 0 and c.cues and not c.fragment}
        for cand in self.candidates:
            if not cand.strong and len(cand.words) > 1:
                listed = None if cand.cues else known_groups.get(cand.group) or cued_groups.get(cand.group)
                cand.label = listed or self._context_label(cand)
        # A side in a match result is a club, and so is every name listed with it ("Real Madrid and Barcelona").
        if self.sport:
            for cand in self.candidates:
                cand.club = cand.club or cand.plays
        # Not a person's surname ("Aurich's side"), and not where a preposition makes it a place ("in Milan").
        people = self._people()
        # Only a real list spreads it ("Real Madrid and Barcelona"), not "Hernan Dario Gomez, Panama coach".
        club_groups = {c.group for c in self.candidates if c.club and c.group in self._lists}
        faced = {c.words for c in self.candidates if _word_before(c) in CLUB_OBJECTS}  # "against Odense"
        # "Alcaraz beat Jannik Sinner 6-4", then "faced Nadal", "will meet Firouzja": players, not clubs
        opponents = {
            c.words for c in self.candidates
            if _word_before(c) in OPPONENT_BEFORE and len(c.words) == 1 and not self._known(c.words)
        } if self._singles_match() else set()
        for cand in self.candidates:
            if cand.words in opponents and not cand.strong:
                cand.cues.insert(0, PERSON)
        clubs = {
            c.words
            for c in self.candidates
            if (c.club or c.group in club_groups) and c.label in (None, ORG, PLACE) and not c.fragment
            and not (len(c.words) == 1 and (c.words[0] in people or self._common(c)))  # not "We were"
            and (c.words in faced or not self._player_by_surname(c)) and c.words not in opponents
        }
        # A list after "in" is a list of places: "in Auckland, Wellington and Christchurch".
        place_lists = {c.group for c in self.candidates if c.group >= 0 and self._after_place_preposition(c)}
        for cand in self.candidates:
            dateline = cand.last < len(cand.tokens) and cand.tokens[cand.last].text in ("—", "–")
            before = _word_before(cand)
            in_places = (
                self._after_place_preposition(cand) or cand.group in place_lists
                or _place_by_movement(cand.tokens, cand.first)  # "fans who travelled from Sweden"
                or before == "via"  # "divert its trains via Spain"
            )
            feature = _head_word(cand.words) in NATURAL_FEATURES  # "the South China Sea" is never a club
            if cand.words in clubs and cand.label != PERSON and not in_places and not dateline and not feature:
                cand.label, cand.strong, cand.canonical = ORG, True, None
        by_surface: dict[Key, str] = {}
        for cand in self.candidates:
            if cand.strong and not cand.fragment:
                by_surface.setdefault(cand.words, cand.label)
        group_labels: dict[int, str] = {}
        for cand in self.candidates:
            evidence = cand.label if cand.strong else next(iter(cand.cues + cand.hints), None)
            paper_acronym = self.scholarly and len(cand.words) == 1 and _acronym(cand.words[0])
            if paper_acronym and not cand.strong and not cand.cues:
                evidence = None  # a paper's acronyms are terms and lend a list no label: "RMSE and MAPE"
            if evidence is None and not cand.initial:
                evidence = self._surface_cues.get(cand.words)  # "Tralee, Listowel and Kenmare" after "in Listowel"
            if cand.group >= 0 and evidence and (cand.strong or not self._common(cand)):
                group_labels.setdefault(cand.group, evidence)

        places_listed = Counter(c.group for c in self.candidates if c.group >= 0 and c.strong and c.label == PLACE)
        self._place_lists = {group for group, places in places_listed.items() if places >= 2}
        for cand in self.candidates:
            cand.person = self._link_person(cand, people)
            if cand.person is not None:
                cand.label = PERSON
            elif not cand.strong and not cand.initial:
                cand.label = self._weak_label(cand, by_surface, group_labels)
        self._mid_sentence = {
            c.words: c.label for c in self.candidates if c.label and not c.initial and not c.fragment
        }
        for cand in self.candidates:  # sentence openers last: they may take a label found mid-sentence
            if cand.person is None and not cand.strong and cand.initial:
                cand.label = self._weak_label(cand, by_surface, group_labels)
        self._link_short_org_names()
        self._link_references()
        self._settle_org_or_place()
        # A list member labelled only now ("Biden and Harris’s") labels the rest of its list.
        late = {c.group: c.label for c in self.candidates if c.group >= 0 and c.label}
        for cand in self.candidates:
            if cand.label is None and not cand.fragment:
                cand.label = late.get(cand.group)

        self._drop_works_of_people()
        for cand in self.candidates:
            # A surname linked to its full name stays the person's: "the Engström licence" after "Tobias Engström".
            surname = cand.person is not None and cand.person != cand.words
            if (cand.words in self.terms and not surname) or (cand.words in self.products and not cand.strong):
                cand.label = None
        kept: list[tuple[_Candidate, Key]] = []
        for cand in self.candidates:
            if cand.label == PERSON:
                kept.append((cand, cand.person or cand.words))
            elif cand.label is not None:
                kept.append((cand, (cand.canonical or " ".join(cand.words),)))
        return self._entities(kept)

    def _split_cited_pairs(self) -> None:
        """"Carrano & Biewener's study" names two authors once both are cited somewhere, not a firm."""
        split: list[_Candidate] = []
        for cand in self.candidates:
            amp = cand.words.index("&") if "&" in cand.words[1:-1] else 0
            parts = {cand.words[:amp], cand.words[amp + 1 :]}
            if not amp or self._known(cand.words) or not parts <= self._cited_people:
                split.append(cand)
                continue
            tokens, middle = cand.tokens, cand.first + amp
            for first, last in ((cand.first, middle), (middle + 1, cand.last)):
                split.append(_Candidate(
                    tokens[first].start, tokens[last - 1].end, tuple(t.text for t in tokens[first:last]),
                    label=PERSON, strong=True, tokens=tokens, first=first, last=last,
                ))  # fmt: skip
        self.candidates = split

    def _spelt_out_acronyms(self) -> None:
        """An acronym in brackets after its spelling-out shares that spelling's fate.

        "the Computing Research Association (CRA)" makes every "CRA" an organisation.
        An acronym of lower-case words ("light-emitting diodes (LED)"), of an event or
        law ("Paris Agreement (PA)"), or of a capitalised term whose head word the text
        also uses in lower case ("Compact Fluorescent Light (CFL)" beside "the light")
        is a term, and so is its spelling-out.  The acronym's capitals must be the
        spelling's initials: "Priya Nair (IISc)" and "Acme Corp. (NYSE)" spell nothing.
        """
        previous: _Candidate | None = None
        for cand in self.candidates:
            tokens, first = cand.tokens, cand.first
            bracketed = (
                len(cand.words) == 1 and not cand.strong and first >= 2 and cand.last < len(tokens)
                and tokens[first - 1].text == "(" and tokens[cand.last].text == ")"
                and _acronym(cand.words[0])
            )
            if bracketed:
                before = tokens[first - 2].text
                gap = 2 if before == "." else 1  # "Acme Corp. (ACME)"
                spelt = previous if previous and previous.tokens is tokens and previous.last == first - gap else None
                after = tokens[cand.last + 1].text if cand.last + 1 < len(tokens) else ""
                spelling = self._spelling_before(cand) if after in INSTRUMENT_NOUNS else []
                if spelling and not any(c.strong for c in spelling):
                    # "the Soil Moisture and Ocean Salinity (SMOS) mission"; not "the Computing Research
                    # Association (CRA) survey", which names the body behind the survey
                    self.terms.update([cand.words, *(c.words for c in spelling)])
                elif spelt is None:
                    if before.islower() or before in EVENT_HEADS:
                        self.terms.add(cand.words)  # "light-emitting diodes (LED)", "Paris Agreement (PA)"
                elif _spells(cand.words[0], spelt.words):
                    if spelt.strong and spelt.label != PERSON and not spelt.fragment:
                        cand.label, cand.strong = spelt.label, True
                    elif not spelt.strong and all(
                        word.lower() in self.lower_words for word in {_head_word(spelt.words), spelt.words[-1]}
                    ):  # not "Medicines for Malaria Venture (MMV)" beside "medicines": no "venture" there
                        self.terms.update((cand.words, spelt.words))
                    elif not spelt.strong and not spelt.cues and cand.cues[:1] == [ORG]:
                        spelt.cues.append(ORG)  # the body the acronym names, as news text writes acronyms
                elif spelt.strong and spelt.label == ORG and not spelt.fragment:
                    cand.cues.append(ORG)  # a translated name's acronym, "National Research Council (CNCS)"
            elif (
                len(cand.words) == 1 and _acronym(cand.words[0]) and not cand.strong
                and _lower_case_gloss(tokens, cand.last)
            ):
                self.terms.add(cand.words)  # "a demo of the VM (virtual microscope)"
            previous = cand

    def _index_lists(self) -> None:
        """Each list's first name, and which lists cite authors or hold a known place."""
        for cand in self.candidates:
            if cand.group >= 0:
                self._list_heads.setdefault(cand.group, cand)
                if _dated(cand):
                    self._dated_lists.add(cand.group)
                if cand.strong and cand.label == PLACE:
                    self._lists_with_places.add(cand.group)

    def _names_in_brackets(self) -> None:
        """A single name in brackets after a known place, or a body's formal name of three words or more,
        is its other name: "the Great Indonesia Movement Party (Gerindra)", "Zagreb (Agram)"; and a name
        before a listed place in brackets, among places, is that place's old name: "to Philippopolis
        (Plovdiv)".  Acronyms have their own rules (``_spelt_out_acronyms``); given names and sides in a
        match ("Kane (Tottenham)") are left alone.
        """
        for named, other in itertools.pairwise(self.candidates):
            tokens, opening = other.tokens, other.first - 1
            bracketed = (
                named.tokens is tokens and named.last == opening and tokens[opening].text == "("
                and other.last < len(tokens) and tokens[other.last].text == ")"
                and len(other.words) == 1 and not _acronym(other.words[0]) and not named.fragment
            )
            if not bracketed or self.sport:
                continue
            formal = named.label == PLACE or len(named.words) >= 3  # not "Wagner Group (Prigozhin)"
            if (
                named.strong and named.label in (ORG, PLACE) and formal
                and not other.strong and not other.cues and other.words[0] not in self.g.first_names
            ):
                other.cues.insert(0, named.label)
            elif (
                other.strong and other.label == PLACE and not named.strong and not named.cues
                and len(named.words) == 1 and named.words[0] not in self.g.first_names
                and (_word_before(named) in PLACE_OR_MOVEMENT or named.group in self._lists_with_places)
            ):
                named.cues.insert(0, PLACE)

    def _lands_named_by_their_adjective(self) -> None:
        """A name in -ia whose adjective in -ian the text uses too is a land, and the adjective its people's:
        "Korvenia" beside "Korvenian soldiers", "Livonia" beside "Livonian merchants"; not "Julia" beside
        "Julian", a given name."""
        singles = {c.words[0] for c in self.candidates if len(c.words) == 1 and not c.strong}
        lands = {
            word for word in singles
            if word.endswith("ia") and word not in self.g.first_names and word + "n" not in self.g.first_names
            and re.search(rf"\b{re.escape(word)}ns?\b", self.text)
        }
        for cand in self.candidates:
            if cand.strong or len(cand.words) > 1:
                continue
            if cand.words[0] in lands:
                cand.cues.insert(0, PLACE)
            elif cand.words[0].removesuffix("s")[:-1] in lands:
                self.terms.add(cand.words)  # "Korvenian", "Korvenians": a people, in the groups layer's sense

    def _spelling_before(self, acronym: _Candidate) -> list[_Candidate]:
        """The names in the capitalised words (and small words between them) right before "(ACRONYM)"."""
        tokens, k = acronym.tokens, acronym.first - 2
        while k >= 0 and (_capitalised(tokens[k].text) or tokens[k].text in ("and", "of", "for", "&", "-")):
            k -= 1
        start = tokens[k + 1].start if k + 1 < acronym.first - 1 else acronym.start
        end = tokens[acronym.first - 1].start
        return [c for c in self.candidates if c.tokens is tokens and start <= c.start and c.end <= end]

    def _drop_works_of_people(self) -> None:
        """After a person's possessive, a name only the tagger labelled is a work: "Lessig's Free Culture"."""
        previous: _Candidate | None = None
        for cand in self.candidates:
            if (
                previous is not None and previous.label == PERSON and previous.tokens is cand.tokens
                and previous.last == cand.first - 1 and cand.tokens[previous.last].text in POSSESSIVES
                and not cand.strong and not cand.cues and cand.person in (None, cand.words)
            ):
                cand.label = None
            previous = cand

    @staticmethod
    def _after_place_preposition(cand: _Candidate) -> bool:
        return _word_before(cand) in PLACE_PREPOSITIONS

    def _settle_org_or_place(self) -> None:
        """A name only context labelled, once ORG and once PLACE, is an organisation throughout,
        unless a place noun named it ("the Blanice river"): then it is a place throughout.

        "The startup Lumora ... investors in Lumora": a preposition says less than a noun
        like "startup", and a place would have been in the gazetteer.
        """
        seen: dict[Key, set[str | None]] = {}
        landforms: set[Key] = set()
        for cand in self.candidates:
            if not cand.strong and cand.person is None:
                seen.setdefault(cand.words, set()).add(cand.label)
                if cand.landform:
                    landforms.add(cand.words)
        mixed = {words for words, labels in seen.items() if {ORG, PLACE} <= labels}
        for cand in self.candidates:
            if cand.words in mixed and not cand.strong and cand.label in (ORG, PLACE):
                cand.label = PLACE if cand.words in landforms else ORG

    def _link_short_org_names(self) -> None:
        """A lone word that opens a multi-word organisation's name is that organisation: "Acme"; and a
        river's or sea's name without its feature word is that river or sea ("the Bermejo").

        So is the name without its cue word ("Mercy Kessler" after "Mercy Kessler Hospital"), a team's
        nickname ("the Kings" after "the Sydney Kings"), and a name without its initials or the head
        word put first ("Vallparadís" after "CK Vallparadís", "Kumoya" after "Studio Kumoya").
        """
        full: dict[Key, _Candidate] = {}
        for cand in self.candidates:
            if cand.label == PLACE and len(cand.words) > 1 and cand.words[-1] in NATURAL_FEATURES:
                full.setdefault(cand.words[:-1], cand)  # "the Bermejo" after "the Bermejo River"
            if cand.label == ORG and len(cand.words) > 1 and not cand.fragment:
                full.setdefault(cand.words[:1], cand)
                if (
                    self._team(cand.words) or self._club_initials(cand.words) or self._head_first(cand.words)
                    or (self.sport and self._named_for_its_city(cand.words) and not cand.words[0].isupper())
                ):  # not "Europe" for "FIBA Europe", a body's arm
                    full.setdefault(cand.words[-1:], cand)
                if len(cand.words) > 2 and cand.words[-1] in self.g.org_cues:
                    full.setdefault(cand.words[:-1], cand)
        # A place somewhere ("in central Hamilton") is that place everywhere, beside "Hamilton City Council";
        # but not a body's name after "in" that says it is one ("shares in Varenne" beside "Varenne Pharma").
        placed = {c.words for c in self.candidates if c.cues[:1] == [PLACE]}
        for cand in self.candidates:
            org = full.get(cand.words) if len(cand.words) < 3 else None
            if (
                org is not None and org is not cand and not cand.strong
                and (cand.person is None or len(cand.words) > 1)  # the tagger's guess at "Kilcoyne Okafor"
                and not self._common(cand)
                and cand.words not in placed  # "in the Hilltop neighborhood" beside "Hilltop Neighbors United"
                and cand.words not in self._cited_people  # "Carrano" cited, beside "Carrano & Biewener's study"
                and not (org.label == PLACE and self._not_the_feature(cand))
            ):  # but a person stays a person: "Nelson Mandela" beside the "Nelson Mandela Foundation"
                cand.label, cand.person = org.label, None
                cand.canonical = org.canonical or self.text[org.start : org.end]

    def _not_the_feature(self, cand: _Candidate) -> bool:
        """A river's or sea's name alone that names something else: a noun it qualifies follows ("Tatra
        sheepdogs"), or it is a given name or said to be a person or firm ("Charles, who rows there")."""
        return (
            self._common_noun_at(cand.tokens, cand.last) or cand.words[0] in self.g.first_names
            or PERSON in cand.cues + cand.hints or cand.firm
        )

    @staticmethod
    def _head_first(words: Key) -> bool:
        """A body's head word and one name: "Studio Kumoya", "Banco Santander"; not "Team Trump", "Save Ashcombe"."""
        return len(words) == 2 and words[0] in ORG_PREFIXES and words[0] not in ("Team", "Save")

    def _club_initials(self, words: Key) -> bool:
        """A club's two initials and its name: "CK Vallparadís", "SV Werder"; not "JPL Stardust", a body's craft."""
        return len(words) == 2 and words[0].isupper() and len(words[0]) == 2 and not self._known(words[:1])

    def _link_references(self) -> None:
        """"The Commission" after "European Commission", "the Church" after "Church of Scientology".

        The lone head word of an organisation's name, once the full name has appeared,
        is another mention of it; with no full name before it, it is no name at all.
        """
        full: dict[str, _Candidate] = {}
        for cand in self.candidates:
            if cand.label == ORG and len(cand.words) > 1 and not cand.fragment:
                full.setdefault(_head_word(cand.words), cand)
        for ref in self.references:
            org = full.get(ref.words[0])
            after_the = ref.first > 0 and ref.tokens[ref.first - 1].text.lower() == "the"  # not "Party leaders"
            if org is not None and org.start < ref.start and after_the:
                ref.label = ORG
                ref.canonical = org.canonical or self.text[org.start : org.end]
                self.candidates.append(ref)
        self.candidates.sort(key=lambda c: c.start)

    def _people(self) -> dict[str, list[tuple[int, Key]]]:
        """Surname and given name of each multi-word personal name -> [(position, name)].

        A given name no list holds counts too when it is no English word and names nothing
        else: "Tiril" after "Tiril Brekke-Lund".
        """
        people: dict[str, list[tuple[int, Key]]] = {}
        for cand in self.candidates:
            if cand.label == PERSON and len(cand.words) > 1:
                first, last = cand.words[0], cand.words[-1]
                known = self._known((first,))
                given = first in self.g.first_names or (
                    len(cand.words) <= 3 and first[1:].islower() and not english_word(first)
                    and (not known or known[0] == PLACE) and (known or self._only_ever_a_person((first,)))
                )  # a listed place is linked only where it acts as a person: see ``_link_person``
                for word in {first, last} if given else {last}:
                    people.setdefault(word, []).append((cand.start, cand.words))
        return people

    def _line_labels(self) -> Counter[str]:
        """How often each word opens a line before a colon ("Lubra: ..."), counted once per document."""
        if self._labels_at_line_start is None:
            self._labels_at_line_start = Counter(_LINE_LABEL.findall(self.text))
        return self._labels_at_line_start

    def _only_ever_a_person(self, words: Key) -> bool:
        """No mention of the name alone follows an article or a preposition of place, or has a cue for
        anything but a person: not "on the Sava" beside "Sava Popović", nor "Telkos, the mobile operator"."""
        return all(
            _word_before(c) not in WHERE_OR_THE and set(c.cues) <= {PERSON}
            for c in self._by_words.get(words, ())
        )

    def _link_person(
        self, cand: _Candidate, people: dict[str, list[tuple[int, Key]]]
    ) -> Key | None:
        """The full name a single word refers to: the nearest earlier one, else the first."""
        if len(cand.words) > 1:
            return cand.words if cand.label == PERSON else None
        word = cand.words[0]
        if word not in people or (cand.cues and cand.cues[0] == PLACE):  # "Franklin, a village of 1,400"
            return None
        names = people[word]
        if cand.strong and cand.label != PERSON:
            # A listed place or company is a person's surname only where nothing makes it one: "Washington
            # said" after "Denise Washington", not "in Washington"; "Bosch is 74" after "Jordi Bosch", not
            # "Bosch said it" nor "shares in Bosch".
            before = _word_before(cand)
            if cand.label not in (PLACE, ORG) or cand.club or cand.firm or set(cand.cues + cand.hints) - {PERSON}:
                return None
            if before in PLACE_OR_MOVEMENT or cand.group in self._place_lists:
                return None  # "in Paris", "around Dublin, Frankfurt and Paris" after "Kingsley Paris"
            # "Jordan said" after "Jordan Henderson"; not "Paris said it hoped", a government
            after = [t.text for t in cand.tokens[cand.last : cand.last + 2]]
            acting = cand.label == PLACE and (PERSON in cand.cues or self._acting(cand)) and "it" not in after
            names = [
                (at, name) for at, name in names
                if (name[-1] == word and (cand.label == PLACE or at < cand.start))
                or (acting and name[0] == word and at < cand.start)
            ]
            if not names:
                return None
        earlier = bisect_left(names, cand.start, key=lambda entry: entry[0])
        return names[earlier - 1][1] if earlier else names[0][1]

    def _weak_label(
        self, cand: _Candidate, by_surface: dict[Key, str], group_labels: dict[int, str]
    ) -> str | None:
        if cand.words in by_surface:
            return by_surface[cand.words]
        if cand.fragment or self._subject(cand):
            return None
        if len(cand.words) > 1:
            return cand.label or group_labels.get(cand.group)
        if self._common(cand) and not cand.firm:
            return None
        if cand.words in self._cited_people:
            return PERSON  # cited or a party to a case, so a person even "in Carrano and Biewener's subjects"
        if cand.cues and cand.cues[0] == PLACE and cand.group in group_labels:
            return PLACE  # "Bjerknes Centre for Climate Research, Bergen, Norway": its own place cue wins
        if cand.group in group_labels:
            return group_labels[cand.group]
        if cand.initial and cand.words not in self._mid_sentence and self._plural_of_people(cand.words[0]):
            return None  # "Forecasters said", "Commuters faced": a group; no news story opens on a bare surname
        if cand.initial and cand.words in self._surface_cues:  # "Obrin, a startup, ..." then "Obrin said"
            return self._surface_cues[cand.words]
        if cand.initial and cand.words in self._mid_sentence:  # "... said Thompson. Thompson's side won."
            return self._mid_sentence[cand.words]
        if cand.initial:  # capitalised anyway: a name only if a cue says so, or a hint and the tagger agree
            if cand.cues and set(cand.cues + cand.hints) == {cand.cues[0]}:  # "Acme, a maker of", "Jonas, a curator"
                return cand.cues[0]
            if cand.cues or cand.hints:
                return self._tagger_label(cand)
            return PERSON if self._given_name_acting(cand) else None
        return self._context_label(cand)

    def _given_name_acting(self, cand: _Candidate) -> bool:
        """A given name alone before a verb opens the sentence: "Carys has a bet on it", "Rhys nearly walked out"."""
        return cand.words[0] in self.g.first_names and self._acting(cand)

    def _acting(self, cand: _Candidate) -> bool:
        """A one-word name before a verb: "Carys has a bet on it", "Sava wrote the scripts"."""
        tokens, k = cand.tokens, cand.last
        if len(cand.words) > 1 or k >= len(tokens):
            return False
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            return False
        tags = self._pos(tokens)
        if k + 1 < len(tags) and tags[k].startswith("VB") and tags[k + 1].startswith(("VBD", "VBZ", "VBP")):
            return False  # "Brent crude gained": the word after the name is no verb when a verb follows it
        if tags[k].startswith("RB"):  # "Rhys nearly walked out"; not "the Asunción daily La Crónica"
            return k + 1 < len(tags) and tags[k + 1].startswith(("VB", "MD"))
        return tags[k].startswith(("VB", "MD"))  # not "Olive growers"

    def _context_label(self, cand: _Candidate) -> str | None:
        """A context cue here, else one of the name's other mentions, else the statistical tagger, else a hint.

        Where only the tagger or a hint would label it, some words are no name: an acronym
        or a phrase of English words in scholarly writing (terms there) and, with no given
        name first, a word made like an abstract noun.
        """
        if self._subject(cand):
            return None
        if cand.cues:
            return cand.cues[0]
        if cand.words in self._surface_cues:  # "Plinth's chief executive ..." labels every "Plinth"
            return self._surface_cues[cand.words]
        words = cand.words
        if len(words) == 1 and _acronym(words[0]) and (self.scholarly or ORG in cand.hints):
            return None  # an acronym nothing explains before a common noun: a term, "the ICI system"
        if len(words) == 1 and _camel_case(words[0]) and self.scholarly:
            return None  # a paper's tool: "FlowLattice", "EvoSuite" (a listed "GitHub" is known before this)
        if words[0] not in self.g.first_names and words[-1].lower().endswith(ABSTRACT_SUFFIXES):
            return None  # "Credibility", "Islamophobia", "Institutional Economics"
        if len(words) == 1 and words[0] not in self.g.first_names and self._adjective_of_name(cand):
            return None  # "Euclidean geometry", "a Kafkaesque ordeal": made from a name, not one
        label = self._tagger_label(cand) or (cand.hints[0] if cand.hints else None)
        if label == PERSON and _which_follows(cand) and _word_before(cand) not in PLACE_OR_MOVEMENT | {"of", "for"}:
            return ORG  # "Nordisk Sportkanal, which reported": the tagger's person is a thing, likelier a body
        if label == PERSON and PERSON not in cand.hints and _word_before(cand) in ("a", "an") and not (
            cand.last < len(cand.tokens) and cand.tokens[cand.last].text in FOLLOWERS
        ):  # "won an Oscar", "a Poisson error distribution"; not "a Navalny supporter"
            return None
        if label == PERSON and PERSON not in cand.hints and not self._personal_name_like(words):
            return None  # "Flag Land Base", "La Espiga": the tagger's guess, but no name a person bears
        if (
            label == PERSON and PERSON not in cand.hints and not self.g.first_names.intersection(words)
            and self._only_somewhere(words)
        ):
            return PLACE  # "from Hakodate", "on Refshaleøen" and nowhere else: the tagger's person is a place
        if label is None and self._particle_name(words):
            return PERSON  # "Anna van der Veen": the tagger left it, but its shape is a person's name
        if label is None and not self.sport and self._unknown_word_name(cand) and self._only_somewhere(words):
            return PLACE  # "boats from Kirkwall", "a church on Orkney": what the tagger left, only ever somewhere
        if label in (ORG, PLACE) and self.scholarly and all(w in CONNECTORS or english_word(w) for w in words):
            return None  # a paper's capitalised term: "Sport Studies", "the Household Energy Survey"
        return label

    def _particle_name(self, words: Key) -> bool:
        """A listed given name, a Dutch or German surname's particle and a surname ("Anna van der Veen", "Anna de
        Wit"), with no known place or place word in it; not "Haus der Kunst", "Kamer van Koophandel"."""
        return (
            len(words) >= 3 and words[0] in self.g.first_names and words[1] in NAME_PARTICLES
            and words[-1][:1].isupper()
            and not any((w,) in self.g.places or w in self.g.place_cues or w in self.g.org_cues for w in words)
        )

    def _only_somewhere(self, words: Key) -> bool:
        """Every mention of the name follows a preposition of place ("in", "from", "at", "on" ...); asked
        once per name, as the name's every mention would ask it."""
        if words not in self._only_where:
            self._only_where[words] = all(
                _word_before(self._where_word_of(c)) in WHERE_WORDS
                and not (_dated(c) or c.group in self._dated_lists)
                and not (c.first > 1 and _sent_or_given(c.tokens, c.first - 1))
                for c in self._by_words[words]
            )
        return self._only_where[words]

    def _where_word_of(self, cand: _Candidate) -> _Candidate:
        """The mention whose word before says where ``cand`` is: the first of its list when the list holds a
        known place or follows "in" or "at" ("stuck on Brač, Hvar and Vis" beside a known place, "from Rostock,
        Wismar and Stralsund"); else ``cand`` itself (not "the pressure on Sunak, Hunt and Braverman")."""
        head = self._list_heads.get(cand.group, cand)
        if cand.group in self._lists_with_places or _word_before(head) in PLACE_LIST_OPENERS:
            return head
        return cand

    def _unknown_word_name(self, cand: _Candidate) -> bool:
        """One capitalised word mid-sentence that is no English word, given name, day or known name
        ("Kirkwall"; not "on Sundays"), not where someone works ("an astronomer at Caltech") and not
        before a noun it qualifies."""
        word = cand.words[0]
        return (
            len(cand.words) == 1 and not cand.initial and not cand.cues and not cand.hints and word[1:].islower()
            and word not in self.g.first_names and not english_word(word)
            and word.removesuffix("s") not in self.g.calendar
            and not (cand.first > 1 and _word_before(cand) == "at" and self._works_at(cand.tokens, cand.first - 2))
            and not self._common_noun_at(cand.tokens, cand.last)  # "from Ngäbe communities": a people's word
        )

    def _plural_of_people(self, word: str) -> bool:
        """Made like a plural noun for a kind of people ("Forecasters", "Survivors"), and no known surname."""
        return (
            word[1:].islower() and word.endswith(PEOPLE_PLURAL_ENDINGS)
            and word not in self._surnames and word not in self.g.surnames
        )

    @staticmethod
    def _adjective_of_name(cand: _Candidate) -> bool:
        """An adjective made from a name, before the noun it qualifies: "Euclidean geometry"."""
        after = cand.tokens[cand.last].text if cand.last < len(cand.tokens) else ""
        return cand.words[-1].endswith(NAME_ADJECTIVE_ENDINGS) and after.isalpha() and after.islower()

    def _given_name_before_things(self, words: Key) -> bool:
        """A given name before English words that are no one's names: "Sterling Auto Credit", a firm; but
        "Rob Church", "Ivy Green" and "Will Power" end in common surnames."""
        rest = words[1:]
        return len(rest) > 1 and all(
            english_word(w) and w not in self.g.surnames and w not in self.g.first_names and w.istitle()
            for w in rest
        )

    def _personal_name_like(self, words: Key) -> bool:
        """A given name or initial first, or a surname or a word that is no English word last:
        "Dries Mertens", "Bill Gates", "Mertens"; not "Card Tricks", "Rehabilitation Project Force",
        "a former Scientologist", nor a word before initials ("Sport TV"), nor a listed place after an
        English word or another place ("Creative Scotland", "Hokkaido Consadole Sapporo"; but "Valeska
        Paris"). A regnal number does not count as the last word ("Rajasinghe II")."""
        if words[0] in self.g.first_names:
            return not self._given_name_before_things(words)
        if len(words) > 1 and words[0] in SPANISH_ARTICLES:
            return False  # "La Espiga", "Los Pinos": a Spanish article opens no one's name ("Tony La Russa" does not)
        initial = _opens_with_initial(words)
        if len(words) > 1 and words[-1:] in self.g.places and (english_word(words[0]) or words[:1] in self.g.places):
            return False
        last = words[-2] if len(words) > 1 and words[-1] in REGNAL_NUMBERS else words[-1]
        initials_last = len(words) > 1 and last.isupper() and len(last) <= 4  # "Sport TV", "Channel NTV"
        return initial or last.capitalize() in self.g.surnames or not (english_word(last) or initials_last)  # "Marsh"

    def _place_in_title(self, words: Key) -> bool:
        """An English word before a listed place ends a work's title, not an author's name: "the Island Ceylon
        (1681)" in "An Historical Relation of the Island Ceylon (1681)"."""
        return len(words) > 1 and words[-1:] in self.g.places and english_word(words[0])

    def _tagger_label(self, cand: _Candidate) -> str | None:
        """The tagger's majority label over the first few mentions of this name.

        One label per name and document: consistent, and it bounds the tagger's
        cost on texts full of unknown names.
        """
        if cand.words not in self._tagger_labels:
            sample = self._by_words[cand.words][:TAGGER_VOTES]
            votes = Counter(_model_label(c) for c in sample)
            self._tagger_labels[cand.words] = votes.most_common(1)[0][0]
        return self._tagger_labels[cand.words]

    def _subject(self, cand: _Candidate) -> bool:
        """A field or portfolio, not a name: "the Minister of Education", "a professor of Planetary Science".

        Not a journal ("a paper in Science") nor a body context names ("a Labor MP").
        """
        return not cand.firm and cand.cues[:1] != [ORG] and all(w in self.g.subjects for w in cand.words)

    def _common(self, cand: _Candidate) -> bool:
        """A one-word name that is a common word, or appears in lower case elsewhere in the text."""
        word = cand.words[0].lower()
        return len(word) == 1 or word in self.lower_words or word in self.g.common_words

    def _entities(self, kept: list[tuple[_Candidate, Key]]) -> tuple[Entity, ...]:
        groups: dict[tuple[str, Key], list[_Candidate]] = {}
        for cand, key in kept:
            groups.setdefault((cand.label, key), []).append(cand)
        entities = []
        for (label, key), cands in groups.items():
            cands.sort(key=lambda c: c.start)
            longest = max(cands, key=lambda c: (len(c.words), -c.start))
            canonical = longest.canonical or self.text[longest.start : longest.end]
            mentions = tuple(
                Mention(self.text[c.start : c.end], c.start, c.end, label) for c in cands
            )
            entities.append(Entity(canonical, label, mentions))
        entities.sort(key=lambda e: e.mentions[0].start)
        return tuple(entities)


@lru_cache(maxsize=1)
def _names_with_small_words() -> dict[str, tuple[int, ...]]:
    """First word -> lengths (longest first) of listed organisations and places with a lower-case word a run
    cannot span."""
    widths: dict[str, set[int]] = {}
    for key in (*gazetteer().organisations, *gazetteer().listed_places):
        if any(w.islower() and w not in CONNECTORS and w not in ORG_LINKS for w in key[1:]):
            widths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ws, reverse=True)) for first, ws in widths.items()}


# Words a number follows in a road's name: "Route 9", "Interstate 89".
NUMBERED_ROADS = frozenset("Route Interstate Highway I Exit Pier Gate Terminal".split())


ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


# A number in Roman capitals standing alone ("part XVII", "Phase II"); after a name it joins the name
# ("Elizabeth II").  Only I, V and X: "MD", "DC" and "CD" are names and things.
_ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2})X{0,3}(IX|IV|V?I{0,3})$")


def _acronym(word: str) -> bool:
    """"CFL", "L2", "CoM", "IISc": capitals (and digits), or two capitals in a short word that is no
    surname with a prefix ("McCain", "DeSantis")."""
    if not 2 <= len(word) <= 8:
        return False
    return word.isupper() or (sum(map(str.isupper, word)) >= 2 and not word.startswith(_NAME_PREFIXES))


# Citations as scholarly writing makes them: "[7]", "[3, 12]", "(Feng, 2007)", "(Spang 1983a)", "et al.".
_CITATION = re.compile(
    r"\[\d+(?:[,–-] ?\d+)*\]|\bet al\."
    r"|\((?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][^()]{0,60}\d{4}[a-z]?\)"
)


# A paper's section headings, alone on their line and perhaps numbered: "1. Introduction", "4.1. LIMITATIONS".
_SECTION_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(abstract|introduction|background|literature review|related work|methods?"
    r"|materials and methods|methodology|results|discussion|conclusions?|limitations(?: and future directions)?"
    r"|references|acknowledg(?:e)?ments)\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _scholarly(text: str) -> bool:
    """Scholarly writing, where an unexplained acronym is a term: "the CoM", "SI".

    Three citations make it, or two of a paper's section headings (an excerpt may
    cite nothing yet open with "4. Discussion").  Papers show both from their first
    pages, so the first 200,000 characters decide.
    """
    if sum(1 for _ in zip(range(3), _CITATION.finditer(text, 0, 200_000))) == 3:
        return True
    headings = {match.group(1).lower() for match in _SECTION_HEADING.finditer(text, 0, 200_000)}
    return len(headings) >= 2


def _singular(noun: str) -> str:
    """A plural noun's singular, roughly: "companies" -> "company", "businesses" -> "business", "firms" -> "firm"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun.removesuffix("es" if noun.endswith("sses") else "s")


# Small words a name an acronym spells may hold, which may give the acronym a letter or not ("ECOWAS").
SPELLING_LINKS = frozenset("of for and & on in de du des la le el del di della et und für".split())


def _spelling_start(tokens: Sequence[Token], k: int, letters: list[str], p: int, skips: int = 4) -> int | None:
    """The first token of the words ending at ``tokens[k]`` whose initials are ``letters[: p + 1]``:
    each capitalised word gives its initial, a small word its initial or nothing (at most ``skips``
    small words give nothing, so a run of them cannot send the search far back)."""
    if p < 0:
        return k + 1
    if k < 0:
        return None
    word = tokens[k].text
    if _capitalised(word) and word[0].upper() == letters[p]:
        return _spelling_start(tokens, k - 1, letters, p - 1, skips)
    if word.lower() in SPELLING_LINKS:
        if word[0].upper() == letters[p]:
            if (start := _spelling_start(tokens, k - 1, letters, p - 1, skips)) is not None:
                return start
        return _spelling_start(tokens, k - 1, letters, p, skips - 1) if skips else None
    return None


def _spells(acronym: str, words: Key) -> bool:
    """The acronym's capitals are the initials of the name's capitalised parts, in order: "CFL", "PALS".

    Or, for an acronym of four or more letters, its letters run in order through those
    parts' letters, starting with the first: "EUMETSAT", "DINARA"."""
    initials = "".join(part[0] for word in words for part in re.split(r"[-‐]", word) if part[:1].isupper())
    capitals = [c for c in acronym if c.isupper()]
    if not capitals or not initials or capitals[0] != initials[0]:
        return False
    rest = iter(initials)
    if all(c in rest for c in capitals):
        return True
    letters = iter("".join(w for w in words if w[:1].isupper()).upper())
    return len(capitals) >= 4 and all(c in letters for c in capitals)


def _noun_called(tokens: Sequence[Token], i: int) -> str:
    """The noun before "called", "named" or "known as" ahead of the name at ``i``, over where it is: "a club
    in Amersfoort called", "the singer known as"; "" if no such words come before the name."""
    before = tokens[i - 1].text.lower() if i else ""
    if before in ("called", "named"):
        k = i - 2
    elif before == "as" and i > 1 and tokens[i - 2].text.lower() == "known":
        k = i - 3
    else:
        return ""
    noun = k
    if k > 1 and _capitalised(tokens[k].text):
        while k > 0 and _capitalised(tokens[k].text):
            k -= 1
        noun = k - 1 if tokens[k].text in PLACE_PREPOSITIONS else noun
    return tokens[noun].text.lower() if noun >= 0 else ""


def _thing_called(tokens: Sequence[Token], i: int) -> bool:
    """The name is what a thing is called, no one's: "a tax known as IRAP", "a study called Comet Dust Return"."""
    return _noun_called(tokens, i) in THINGS_CALLED


def _published_in(tokens: Sequence[Token], k: int) -> bool:
    """A word for something published comes shortly before the "in" at ``k``: "published on Wednesday in",
    "a letter in"; not "a letter from a solicitor in Kirkcaldy", where "in" says where the writer is."""
    for before in reversed(tokens[max(0, k - 4) : k]):
        if before.text.lower() == "from":
            return False
        if before.text.lower() in PUBLISHED_IN:
            return True
    return False


# Words that may open a bracketed citation before its first author: "(cf. Petrović & Lund, 2019)".
CITATION_LEADS = frozenset(("cf", "see", "e.g", "eg", "."))


def _located_in(tokens: Sequence[Token], i: int) -> bool:
    """The name follows a preposition of place, and not as a stake in something ("shares in Harvest Lane")."""
    before = tokens[i - 1].text.lower() if i else ""
    return before in PLACE_PREPOSITIONS and not (i > 1 and tokens[i - 2].text.lower() in ("shares", "stake", "stock"))


def _bracketed_citation(tokens: Sequence[Token], i: int, j: int) -> bool:
    """The name opens a bracketed citation or follows its first authors ("(Lemos, Sá & Quintão, 2022)"),
    or a numbered reference or a bracketed year follows it."""
    after = tokens[j].text if j < len(tokens) else ""
    year_follows = after == "(" and j + 1 < len(tokens) and _year(tokens[j + 1].text)  # "Cheng & Vázquez (2022)"
    k = i - 1
    while k > 0 and tokens[k].text in SURNAME_PARTICLES | CITATION_LEADS:
        k -= 1  # "(de Souza & Halvorsen, 2020)", "(van der Hoek & Castellanos, 2020)", "(cf. Petrović & Lund, 2019)"
    while k > 1 and tokens[k].text == "," and _capitalised(tokens[k - 1].text):
        k -= 2
        while k >= 0 and _capitalised(tokens[k].text):
            k -= 1
    return (k >= 0 and tokens[k].text in ("(", ";")) or after == "[" or year_follows


def _ticker(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A stock symbol in brackets: "(NVDA.O)", "(BHP.AX)", "(NYSE: ACME)"."""
    def word(k: int) -> str:
        return tokens[k].text if 0 <= k < len(tokens) else ""

    if j - i != 1 or not word(i).isupper() or word(i - 1) not in ("(", ":"):
        return False
    exchange = word(j) == "." and word(j + 1).isupper() and len(word(j + 1)) <= 2 and word(j + 2) == ")"
    listing = word(i - 1) == ":" and word(i - 2).upper() in STOCK_EXCHANGES and word(i - 3) == "("
    return exchange or listing


def _head_index(words: Key) -> int:
    """Where the word a name is named after stands: the last, or the one before "of" ("Bank of England")."""
    for k in range(1, len(words)):
        if words[k] in HEAD_LINKS:
            return k - 1
    return len(words) - 1


def _head_word(words: Key) -> str:
    return words[_head_index(words)]


def _lower_case_gloss(tokens: Sequence[Token], k: int) -> bool:
    """A bracketed lower-case phrase starts at ``tokens[k]``: "(virtual microscope)", the gloss of a term."""
    if k >= len(tokens) or tokens[k].text != "(":
        return False
    inner = []
    for token in tokens[k + 1 : k + 7]:
        if token.text == ")":
            return len(inner) > 1 and all(w.islower() for w in inner)
        inner.append(token.text)
    return False


def _case_party(tokens: Sequence[Token], i: int, j: int) -> bool:
    """The name is a party to a case: "Whitaker v. City of Troy" ("v." may come split from its stop)."""
    before = tokens[i - 1].text if i else ""
    if before == "." and i > 1:
        before = tokens[i - 2].text
    return before in CASE_VERSUS or (j < len(tokens) and tokens[j].text in CASE_VERSUS)


def _place_by_movement(tokens: Sequence[Token], i: int) -> bool:
    """The words before ``tokens[i]`` make a place of it: "fled to", "travelled from", "residents of"."""
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if before == "the" and i > 2 and tokens[i - 2].text == "of":
        i -= 1  # "north of the Shannon"
    two_before = tokens[i - 2].text.lower() if i > 1 else ""
    if two_before in ("home", "back") and i > 2:
        two_before = tokens[i - 3].text.lower()  # "due to fly home to Oslo", "went back to Brno"
    carried = two_before in OBJECT_PRONOUNS and i > 2 and tokens[i - 3].text.lower() in MOVED_SOMEONE
    return (
        (before == "to" and (two_before in MOVED or carried)) or (before == "from" and two_before in LEFT | PEOPLE_FROM)
        or (tokens[i - 1].text == "of" and two_before in PLACE_OF)
    )


def _kin_before(tokens: Sequence[Token], i: int) -> bool:
    """Someone's relative is named at ``tokens[i]``: "my aunt Funmi", "Ahmed's brother Jordan", "through my
    grandfather, Aurélio"."""
    before = tokens[i - 1].text.lower() if i > 0 else ""
    owner = tokens[i - 2].text if i > 1 else ""
    if before == "," and i > 2 and tokens[i - 2].text in KIN_NOUNS:
        return tokens[i - 3].text.lower() in OWNERS
    return before in KIN_NOUNS and (owner.lower() in OWNERS or owner in POSSESSIVES)


def _relative_by_pronoun(tokens: Sequence[Token], i: int) -> bool:
    """"his brother Jordan": a relative after "my", "his" ..., whom no country is; not "Russia's neighbour
    Ukraine"."""
    return (
        i > 1 and tokens[i - 1].text.lower() in KIN_NOUNS - {"neighbour", "neighbor"}
        and tokens[i - 2].text.lower() in OWNERS
    )


def _tool_used(tokens: Sequence[Token], i: int) -> bool:
    """A verb of analysis and "in", "using" or "with" come right before ``tokens[i]``: "coded in NVivo"."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (
        i > 1 and tokens[i - 1].text in ("in", "using", "with") and tokens[i - 2].text.lower() in ANALYSED
        and after not in POSSESSIVES  # not "coded using Braun and Clarke's approach"
        and not (after in ("and", "&") and i + 2 < len(tokens) and _capitalised(tokens[i + 2].text))
    )


def _after_article(tokens: Sequence[Token], i: int) -> bool:
    """"the" comes right before ``tokens[i]``, or before one lower-case word before it: "the governing Smer
    party"; not "a Kreuzberg band", one of a place's many."""
    return i > 0 and (
        tokens[i - 1].text.lower() == "the"
        or (i > 1 and tokens[i - 1].text.islower() and tokens[i - 2].text.lower() == "the")
    )


def _road_context(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A road's number stands after "the", "on", "along" ... and before punctuation or a word roads take:
    "traffic on the A605.", "the M4 near Swindon"; not "the M16 rifle", "an A4 notebook", "the M23 rebels"."""
    before = tokens[i - 1].text.lower() if i else ""
    after = tokens[j].text if j < len(tokens) else ""
    return before in ("the", "on", "along", "off", "onto", "via") and (not after.isalpha() or after in ROAD_FOLLOWERS)


def _speaker_role(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A transcript's speaker named by role in capitals at the start of a turn: "THE COURT:", "THE CLERK:";
    not a dateline's "TURKEY:"."""
    return (
        i == 1 and tokens[0].text == "THE" and j < len(tokens) and tokens[j].text == ":"
        and all(t.text.isupper() and english_word(t.text) for t in tokens[i:j])
    )


def _visited(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` (after "the", if any) is a place one is at or goes to: "outside the Kremlin", "invited to
    the White House", "bring it to the White House", "visited the Pentagon"; not "a letter to the Kremlin" nor
    "asked the White House"."""
    k = i - 1 if i > 0 and tokens[i - 1].text.lower() == "the" else i
    before = tokens[k - 1].text.lower() if k > 0 else ""
    invited = before == "to" and k > 1 and (
        tokens[k - 2].text.lower() in ("invited", "summoned")
        or (k > 2 and tokens[k - 3].text.lower() in BRING and tokens[k - 2].text.lower() in OBJECT_PRONOUNS)
    )  # "bring it to the White House"
    return (
        before in VENUE_PREPOSITIONS or before in VISITED or before == "into" or invited
        or _place_by_movement(tokens, k)
    )


def _whole_title(tokens: Sequence[Token], j: int) -> bool:
    """The title ends at ``tokens[j]``: not "the film Bergen | by Night", whose first word names a city too."""
    return not (j + 1 < len(tokens) and tokens[j].text.islower() and _capitalised(tokens[j + 1].text))


def _named_work_or_craft(tokens: Sequence[Token], i: int, j: int) -> bool:
    """The name of a work, a craft, a program, an animal or a licence, which is no person, organisation or place.

    An unlisted name with a work, vessel or animal noun right before it ("the novel White Fang", "cruise ship
    Freewinds", "her dog Max"), a spacecraft noun right after it ("the Galileo spacecraft"), a software noun
    either side or a version number after it ("the Skylark web browser", "Skylark 14.2.3"), a model number and
    a kind of craft after it ("Embraer 195 jets"), or a licence ("under a Creative Commons licence", "the GNU
    General Public License").
    """
    before = tokens[i - 1].text.lower() if i else ""
    if before == "the" and i > 2 and tokens[i - 2].text == ",":
        before = tokens[i - 3].text.lower()  # "the charity's own ship, the Nordlicht,"
    elif before == "," and i > 2 and tokens[i - 3].text.lower() in WORK_OWNERS:
        before = tokens[i - 2].text.lower()  # "his latest book, Hegemony or Survival,"
    elif before == "," and i > 1 and tokens[i - 2].text.lower() in VESSELS and tokens[j:j + 1] and (
        tokens[j].text in (".", ",")
    ):
        before = tokens[i - 2].text.lower()  # "the Scientology-owned cruise ship, Freewinds."
    elif before in ("and", "or"):  # "the exhibition Salt and Linen", "the novel Pride and Prejudice"
        k = i - 2
        while k >= 0 and _capitalised(tokens[k].text):
            k -= 1
        before = tokens[k].text.lower() if 0 <= k < i - 2 else ""
    after = tokens[j].text.lower() if j < len(tokens) else ""
    licence = tokens[j - 1].text.lower() in LICENCES or after in LICENCES  # "the GNU General Public License"
    version = j < len(tokens) and _VERSION.fullmatch(tokens[j].text) is not None
    crafted = before in WORK_VESSEL_AND_ANIMAL_NOUNS | SOFTWARE_NOUNS or after in SPACECRAFT_NOUNS | SOFTWARE_NOUNS
    model = (
        j + 1 < len(tokens) and _CRAFT_MODEL.fullmatch(tokens[j].text) and tokens[j + 1].text in CRAFT_PLURALS
        and before in MODEL_BEFORE  # not "promised Zelensky 300 tanks", a count
    )
    return crafted or licence or version or bool(model)


# Endings of Latin genus and species names: "Calanus helgolandicus", "Escherichia coli", "Mus musculus".
# Not "-es", "-ns" nor "-er": English verbs and adverbs end so ("Costa warns", "Silva denies").
LATIN_ENDINGS = ("a", "us", "um", "is", "as", "ae", "i", "o", "on", "x", "ys", "ops")


# Endings of animal genera, fossil ones above all: "Carnotaurus", "Velociraptor", "Triceratops", "Iguanodon".
GENUS_ENDINGS = (
    "saurus", "taurus", "raptor", "ceratops", "odon", "pteryx", "onychus", "mimus", "venator", "suchus", "therium",
    "pithecus",
)


def _binomial(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is a genus: before its species (both Latin-looking, the species no English word),
    or named with a genus's ending ("Carnotaurus")."""
    genus = tokens[i].text
    species = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (len(genus) > 6 and genus[1:].islower() and genus.endswith(GENUS_ENDINGS)) or (
        len(genus) > 3 and genus[1:].islower() and genus.endswith(LATIN_ENDINGS)
        and len(species) > 3 and species.isalpha() and species.islower() and species.endswith(LATIN_ENDINGS)
        and not english_word(species)
    )


# Numbers after a monarch's or pope's name: "Rajasinghe II", "Louis XIV".
REGNAL_NUMBERS = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())


# Parts of a study or a text, named by their number: "Study 1", "Experiment 2", "Hypothesis 3".
NUMBERED_PARTS = frozenset(
    "Study Experiment Hypothesis Condition Phase Wave Trial Stage Task Session Block Round Part Chapter Section "
    "Table Figure Appendix Example Step Level Item Question Scenario Exhibit Bill Proposition Amendment".split()
)
# Words that make "... Games" a contest, not a studio: "Commonwealth Games", "Youth Olympic Games".
GAMES_CONTESTS = frozenset(
    "Olympic Olympics Paralympic Commonwealth Youth World Highland Invictus X Island Islands Goodwill Winter "
    "Summer Special Hunger Gay Pan Deaflympic Masters University Universiade Military Police Fire".split()
)
# Endings of adjectives made from names: "Euclidean", "Gricean", "Darwinian", "Kafkaesque".
NAME_ADJECTIVE_ENDINGS = ("ian", "ean", "esque")
# Endings of plural nouns for kinds of people: "Forecasters", "Survivors", "Scientists", "Millennials".
PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "als", "ees")


def _list_then_comma(tokens: Sequence[Token], k: int) -> bool:
    """The names from ``tokens[k]`` on end in a comma before the sentence goes on: "Listowel and Kenmare, shops"."""
    for m in range(k + 1, len(tokens)):
        word = tokens[m].text
        if word.isalpha() and word.islower() and word not in ("and", "or"):
            return tokens[m - 1].text == ","
    return False


def _et_al(tokens: Sequence[Token], j: int) -> bool:
    """"et al." follows ``tokens[j - 1]``: "Park et al. (2021)"."""
    return j + 1 < len(tokens) and tokens[j].text == "et" and tokens[j + 1].text in ("al", "al.")


def _aged(tokens: Sequence[Token], k: int) -> bool:
    """An age between commas ends at ``tokens[k]``: "Reza Tehrani, 39, | of Bromley"."""
    return (
        k >= 2 and k < len(tokens) and tokens[k].text == "," and tokens[k - 2].text == ","
        and tokens[k - 1].text.isdigit() and 0 < int(tokens[k - 1].text) <= 110
    )


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1500 <= int(word) <= 2099


# Name prefixes that leave a capital inside a personal name: "McGuire", "MacArthur", "DeSantis", "LeBron".
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St")


def _camel_case(word: str) -> bool:
    """A capital after a lower-case letter inside the word ("LibriVox", "wikiHow"), as brands write them."""
    inner = any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))
    return inner and len(word) >= 5 and not word.startswith(_NAME_PREFIXES)  # not "CoM" (centre of mass)


# Capitals glued to a number: a product, model or numbered event ("IE6", "PS5", "COP28"), not "G7" or "M5S".
_MODEL_NUMBER = re.compile(r"([A-Z]{2,4})(\d{1,3})")
# A romanised Korean syllable ("Kim", "Jong", "un", "Geun", "hye", "Kyung"), for given names like "Jong-un".
_KOREAN_SYLLABLE = (
    r"(?:[bcdghjklmnprstwy]|ch|kk|tt|pp|ss|jj)?(?:[wy]?(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u))(?:ng|n|k|l|m|p|rk|h)?"
)
_KOREAN_GIVEN_NAME = re.compile(rf"(?i:{_KOREAN_SYLLABLE})-{_KOREAN_SYLLABLE}")
_KOREAN_SURNAME = re.compile(rf"(?i:{_KOREAN_SYLLABLE})")
# An Arabic article joined to the next part of a name: "al-Masri", "ad-Din", "el-Sisi".
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az|ud|ul)[-‐][A-ZÀ-Ý]")


def _korean_given_name(tokens: Sequence[Token], j: int) -> bool:
    """A hyphenated Korean given name after a one-syllable surname: "Kim Jong-un", "Son Heung-min"."""
    word, surname = tokens[j].text, tokens[j - 1].text
    return (
        _capitalised(word) and _capitalised(surname) and len(surname) <= 5
        and _KOREAN_SURNAME.fullmatch(surname) is not None and _KOREAN_GIVEN_NAME.fullmatch(word) is not None
    )


# A match score: "3-1", "112-107", "2 – 1"; not "1.5-2" or "10-12.5".
_SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s*[-–]\s*\d{1,3}(?!\d|[.,]\d)")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?![\d.,%])")  # "Sweden 1 – 0"
# A British road by its number: "A605", "B5292", "M25", "M4".
_ROAD_NUMBER = re.compile(r"[ABM]\d{1,4}")
# Words after a road's number: "the M4 near Swindon", "the A303 passes Stonehenge"; not "the M16 rifle".
ROAD_FOLLOWERS = frozenset(
    "motorway road bypass junction corridor near at in between to from and or was is which where through towards "
    "into past has had will would runs passes links crosses becomes".split()
)
# A case cited by its parties: "Terry v. Ohio", "HA (Iraq) v Secretary of State".
_CASE_CITATION = re.compile(r"\b[A-Z][\w'’-]*(?: \([A-Z][\w ]*\))? v\.? [A-Z]")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \t]*[-–][ \t]*\d{1,3}[ \t]+$")  # "1 – 0 Korea Republic"
_DREW_SCORE = re.compile(r"\bdrew[ \t]+" + _SCORE_BEFORE.pattern)  # "drew 1-1 | with"
_HELD_SCORE = re.compile(r"\b(?:held|beaten)[ \t]+" + _SCORE_BEFORE.pattern)  # "held 1-1 | by"


def _about_sport(lower_words: set[str], text: str) -> bool:
    """Sports reporting: five different sports words in ``lower_words``, or three and a score ("112-107")."""
    seen = len(SPORT_WORDS & lower_words)
    return seen >= 5 or (seen >= 3 and _SCORE.search(text) is not None)


def _model_label(cand: _Candidate) -> str | None:
    """The statistical tagger's label for a name, read off a window of its sentence."""
    lo, hi = max(0, cand.first - WINDOW), min(len(cand.tokens), cand.last + 1)
    tags = entity_tags([t.text for t in cand.tokens[lo:hi]])
    votes = Counter(tag[2:] for tag in tags[cand.first - lo : cand.last - lo] if tag != OUTSIDE)
    return votes.most_common(1)[0][0] if votes else None


def find_entities(text: str, sentences: Sequence[Sentence]) -> tuple[Entity, ...]:
    """People, organisations and places in ``text``, one Entity per real-world referent."""
    finder = _Finder(text, sentences)
    finder.collect()
    return finder.resolve()


# ---------------------------------------------------------------- reader corrections
RENAME, RELABEL, MERGE, NOT_ENTITY = "rename", "relabel", "merge", "not_entity"
CORRECTION_KINDS = (RENAME, RELABEL, MERGE, NOT_ENTITY)
_TYPE_NAMES = {PERSON: "person", ORG: "organisation", PLACE: "place"}


@dataclass(frozen=True, slots=True)
class Correction:
    """A reader's fix to the recogniser's output, addressed by the entity's name and type.

    Analysis is deterministic for a given text, so the same address finds the same
    entity after every re-analysis; corrections apply in the order they were made,
    each to the result of the ones before.  ``new_canonical``/``new_label`` say what
    the entity becomes (empty: unchanged); a merge sets both to the target entity's.
    ``start``/``end`` name one mention for a mention-only NOT_ENTITY (-1: the whole entity).
    """

    kind: str
    canonical: str
    label: str
    new_canonical: str = ""
    new_label: str = ""
    start: int = -1
    end: int = -1

    def describe(self) -> str:
        """One line for the reader's list of corrections."""
        if self.kind == RENAME:
            return f"Renamed “{self.canonical}” to “{self.new_canonical}”"
        if self.kind == RELABEL:
            return f"“{self.canonical}” is a {_TYPE_NAMES[self.new_label]}, not a {_TYPE_NAMES[self.label]}"
        if self.kind == MERGE:
            return f"Merged “{self.canonical}” into “{self.new_canonical}”"
        if self.start >= 0:
            return f"One mention of “{self.canonical}” (at character {self.start}) is not an entity"
        return f"“{self.canonical}” is not an entity"


def apply_corrections(entities: Iterable[Entity], corrections: Iterable[Correction]) -> tuple[Entity, ...]:
    """``entities`` with the reader's corrections applied in order; one that finds no target is skipped."""
    current = list(entities)
    for correction in corrections:
        current = _apply_correction(current, correction)
    current.sort(key=lambda e: e.mentions[0].start)
    return tuple(current)


def _apply_correction(entities: list[Entity], correction: Correction) -> list[Entity]:
    index = next(
        (k for k, e in enumerate(entities) if (e.canonical, e.label) == (correction.canonical, correction.label)),
        None,
    )
    if index is None:
        return entities
    entity, rest = entities[index], entities[:index] + entities[index + 1 :]
    if correction.kind == NOT_ENTITY:
        if correction.start < 0:
            return rest
        span = (correction.start, correction.end)
        mentions = tuple(m for m in entity.mentions if (m.start, m.end) != span)
        return [*rest, replace(entity, mentions=mentions)] if mentions else rest
    label = correction.new_label or entity.label
    moved = Entity(
        correction.new_canonical or entity.canonical,
        label,
        tuple(replace(m, label=label) for m in entity.mentions),
    )
    return _joined(rest, moved)


def _joined(entities: list[Entity], moved: Entity) -> list[Entity]:
    """``entities`` plus ``moved``, folded into an entity with the same name and type if there is one."""
    for k, other in enumerate(entities):
        if (other.canonical, other.label) == (moved.canonical, moved.label):
            mentions = tuple(sorted(other.mentions + moved.mentions, key=lambda m: m.start))
            return [*entities[:k], replace(other, mentions=mentions), *entities[k + 1 :]]
    return [*entities, moved]
