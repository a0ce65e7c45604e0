"""The demo's content: who comes to each sample session, and what delegates say.

Written as delegates speak, on the themes of the seed report (HSP/EB.2024/5). The people are
invented; organisations and events are real ones, named for realism only. The generator that
turns this into records is :mod:`workshop_app.samples.demo`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class Profile:
    """Who came to a session, where, and in which languages they spoke."""

    title: str
    event: str
    venue: str
    city: str
    country: str
    date: str
    utc_offset: int
    audience: str
    facilitator: str
    rapporteur: str
    mix: dict[str, int]  # stakeholder group -> participants
    comments: dict[str, int]  # language -> comments
    open_message: str
    conclusion: str
    language: str = "en"
    anonymous: int = 3
    starred: int = 10
    favour: dict[str, float] = field(default_factory=dict)  # region or country -> weight when choosing
    all_speak: str = ""  # a language every participant speaks (the session's, when not English)
    native_script: float = 0.3  # share of Arab and Chinese names written in their own script


@dataclass(frozen=True)
class Entry:
    """One comment of a pool: what it is about, who would say it, and its text."""

    key: str  # P1..P5 (ranking), B (points), E1..E3 (rating), - (open question)
    swot: str | None
    voice: str  # m member state, u UN, c civil society, a academia/professions, l local government, * anyone
    tags: tuple[str, ...]
    text: str
    language: str


@cache
def pools() -> dict[str, list[Entry]]:
    """The comment pools by language, parsed once."""
    swot = {"s": "strength", "w": "weakness", "o": "opportunity", "t": "threat", "-": None}
    out: dict[str, list[Entry]] = defaultdict(list)
    for language, text in (("en", ENGLISH), ("fr", FRENCH), ("ar", ARABIC), ("zh", CHINESE)):
        for line in text.strip().splitlines():
            key, s, voice, tags, words = line.split("|", 4)
            out[language].append(Entry(key, swot[s], voice, tuple(t for t in tags.split(",") if t), words, language))
    return dict(out)


# -- profiles -----------------------------------------------------------------------------------

PROFILES: dict[str, Profile] = {
    "demo": Profile(
        title="Structured dialogue on the UN-Habitat strategic plan 2026–2029",
        event="2024 United Nations Civil Society Conference (side event)",
        venue="United Nations Office at Nairobi, Conference Room 2", city="Nairobi", country="Kenya",
        date="2024-05-09", utc_offset=3,
        audience="Member States, UN system entities, civil society, professional associations and academia",
        facilitator="Grace Wambui Kariuki", rapporteur="Tomás Herrera",
        mix={"member_state": 12, "un_system": 9, "civil_society": 11, "professional_association": 3,
             "academia": 4, "local_government": 1},
        comments={"en": 122, "fr": 12, "zh": 8, "ar": 8},
        favour={"China": 200, "Kenya": 10, "Egypt": 20, "Senegal": 5, "Africa": 2},
        open_message=(
            "Three threads ran through the discussion: secure tenure and affordable rental housing as the test of "
            "the housing priority; finance that reaches intermediate cities rather than more diagnostics; and data "
            "systems that national statistical offices and communities can own beyond the life of a project."),
        conclusion=(
            "Participants support a focused plan with “{first}” at its core and SDG localisation as the thread "
            "through all five priorities. They asked UN-Habitat to measure outcomes rather than outputs, to bring "
            "finance closer to cities, and to keep consultations like this one open to grassroots voices.")),
    "africa-urban-forum-2024": Profile(
        title="Civil society dialogue on the UN-Habitat strategic plan 2026–2029",
        event="Africa Urban Forum 2024 (side event)",
        venue="Addis International Convention Center, side-event room 3", city="Addis Ababa", country="Ethiopia",
        date="2024-09-05", utc_offset=3,
        audience="Civil society organisations, professional associations and academia",
        facilitator="Selamawit Girma", rapporteur="Chiamaka Eze",
        mix={"civil_society": 16, "professional_association": 4, "academia": 5, "local_government": 3,
             "un_system": 2, "member_state": 2},
        comments={"en": 52, "fr": 8}, starred=9,
        favour={"Africa": 8, "Ethiopia": 20, "Kenya": 6},
        open_message=(
            "Civil society asked that informal settlements, secure tenure and community-collected data be the "
            "starting point of the plan rather than pilots at its margins. Youth groups and women's savings groups "
            "were named again and again as partners, not beneficiaries."),
        conclusion=(
            "The side event put “{first}” first and asked for a plan that starts from the settlements where most "
            "urban Africans live. Participants asked for interpretation, regional sessions and a formal channel for "
            "grassroots groups into the governing bodies.")),
    "wuf12-member-states-2024": Profile(
        title="Member States dialogue on the UN-Habitat strategic plan 2026–2029",
        event="Twelfth session of the World Urban Forum (WUF12)",
        venue="Egypt International Exhibition Center, hall 2, room B", city="Cairo", country="Egypt",
        date="2024-11-05", utc_offset=2,
        audience="Member States and their designated experts",
        facilitator="Karim Bensaïd", rapporteur="Mona Abdallah",
        mix={"member_state": 24, "un_system": 3, "local_government": 1},
        comments={"ar": 26, "fr": 20, "en": 30}, anonymous=1, native_script=0.5,
        favour={"Arab States": 6, "Egypt": 50, "Senegal": 5, "Cameroon": 5, "Côte d'Ivoire": 5, "France": 5,
                "Democratic Republic of the Congo": 4},
        open_message=(
            "Member States asked for a plan that is focused and measurable, that reports in time for national "
            "budget cycles, and that gives South–South cooperation more room. Delegations from the Arab region "
            "stressed displacement, water scarcity and heat; francophone delegations stressed decentralisation "
            "without the means to deliver it."),
        conclusion=(
            "Member States placed “{first}” first and supported the principles of focus and prioritisation. They "
            "asked that the plan link national development plans to financial flows, and that the crisis priority "
            "cover slow-onset crises, including drought-driven migration to cities.")),
    "nairobi-un-entities-2024": Profile(
        title="Dialogue avec les entités des Nations Unies sur le plan stratégique 2026-2029",
        event="Consultations sur le plan stratégique 2026-2029 d'ONU-Habitat",
        venue="Office des Nations Unies à Nairobi, salle de conférence 4", city="Nairobi", country="Kenya",
        date="2024-03-21", utc_offset=3, language="fr", all_speak="fr",
        audience="Entités du système des Nations Unies et autres organisations multilatérales",
        facilitator="Aminata Diallo", rapporteur="Julien Moreau",
        mix={"un_system": 20, "staff": 3}, comments={"fr": 44, "en": 6}, anonymous=2, starred=8,
        open_message=(
            "Les entités ont insisté sur la complémentarité : approfondir les partenariats existants (PNUE, OIT, "
            "banques de développement) plutôt que créer des outils parallèles, et mieux faire connaître l'offre de "
            "services d'ONU-Habitat aux équipes de pays."),
        conclusion=(
            "Les entités placent « {first} » en tête et voient dans la gouvernance multiniveau et la localisation "
            "des ODD l'avantage comparatif d'ONU-Habitat. Elles demandent que les questions urbaines figurent dans "
            "chaque plan-cadre de coopération et que le plan dépende moins des contributions préaffectées.")),
}

FR_PROMPTS = {
    "ranking": "Classez les cinq priorités du plan stratégique 2026-2029, de la plus importante à la moins importante.",
    "points": "Répartissez 100 points entre les priorités selon la part des ressources que chacune devrait recevoir.",
    "rating": "Quelle est la pertinence de chaque point d'entrée émergent pour votre travail ? "
              "(1 = aucune, 5 = essentielle)",
    "open": "Forces, faiblesses, opportunités et menaces : quels enseignements le plan doit-il tirer ?",
}
FR_ENTRY_POINTS = {
    "E1": "Mettre l'urbanisation au service d'une prospérité équitable : accès universel au logement, aux "
          "infrastructures et aux services de base",
    "E2": "Vivre en harmonie avec la nature : atténuation, adaptation, biodiversité et économie circulaire",
    "E3": "Dimensions des migrations et des déplacements propres aux établissements humains ; reconstruire en "
          "mieux après les conflits et les catastrophes",
}
EN_WORDS = {
    "ranking": "Across {n} ballots, “{first}” came first on the Borda count and “{second}” second; “{last}” "
               "was ranked lowest.",
    "group": " Among {group}, “{first}” came first.",
    "same": " Every stakeholder group large enough to be counted separately put the same priority first.",
    "points": "Sharing 100 points, participants put most resources on “{top}” ({a} points on average) and least "
              "on “{low}” ({b} points).",
    "rating": "Of the three entry points, “{top}” was rated most relevant (mean {m} out of 5) and “{low}” least "
              "({l}).",
    "groups": {"member_state": "Member States", "un_system": "UN entities", "civil_society": "civil society",
               "professional_association": "professional associations", "academia": "academics",
               "local_government": "local governments", "staff": "UN-Habitat staff", "private_sector":
               "the private sector", "other": "other participants"},
}
FR_WORDS = {
    "ranking": "Sur {n} bulletins, « {first} » arrive en tête du décompte de Borda, devant « {second} » ; "
               "« {last} » est classée en dernier.",
    "group": " Pour {group}, « {first} » arrive en tête.",
    "same": " Tous les groupes assez nombreux pour être comptés à part placent la même priorité en tête.",
    "points": "En répartissant 100 points, les participants donnent le plus à « {top} » ({a} points en moyenne) "
              "et le moins à « {low} » ({b} points).",
    "rating": "Parmi les trois points d'entrée, « {top} » est jugé le plus pertinent (moyenne {m} sur 5) et "
              "« {low} » le moins ({l}).",
    "groups": {"member_state": "les États membres", "un_system": "les entités des Nations Unies",
               "civil_society": "la société civile", "professional_association": "les associations professionnelles",
               "academia": "les universitaires", "local_government": "les collectivités locales",
               "staff": "le personnel d'ONU-Habitat", "private_sector": "le secteur privé",
               "other": "les autres participants"},
}

# How strongly each group favours each priority (Plackett–Luce strengths), and regional leanings.
# Strengths are raised to SHARPNESS when drawing a ranking: a real room agrees more than a mild
# preference suggests (Kendall’s W about 0.1 in a mixed room, rather than near 0).
SHARPNESS = 3.0
GROUP_WEIGHTS = {
    "member_state": {"P1": 3.0, "P2": 3.5, "P3": 2.5, "P4": 4.0, "P5": 1.5},
    "un_system": {"P1": 2.5, "P2": 2.0, "P3": 4.0, "P4": 2.5, "P5": 3.5},
    "staff": {"P1": 3.0, "P2": 2.0, "P3": 3.0, "P4": 3.5, "P5": 3.0},
    "civil_society": {"P1": 7.0, "P2": 1.5, "P3": 2.5, "P4": 1.5, "P5": 2.5},
    "professional_association": {"P1": 3.0, "P2": 2.0, "P3": 3.0, "P4": 4.0, "P5": 1.5},
    "academia": {"P1": 3.0, "P2": 2.0, "P3": 3.5, "P4": 3.5, "P5": 1.5},
    "local_government": {"P1": 3.0, "P2": 4.0, "P3": 2.5, "P4": 4.5, "P5": 1.5},
    "other": {"P1": 3.0, "P2": 3.0, "P3": 3.0, "P4": 3.0, "P5": 3.0},
}
REGION_WEIGHTS = {
    "Arab States": {"P5": 2.0, "P3": 0.5},
    "Africa": {"P1": 0.8, "P2": 0.6},
    "Europe": {"P3": 1.2},
    "Asia-Pacific": {"P3": 0.6, "P2": 0.4},
    "Latin America and the Caribbean": {"P1": 0.8},
}
RATING_MEANS = {
    "member_state": {"E1": 4.2, "E2": 3.5, "E3": 3.2},
    "un_system": {"E1": 3.8, "E2": 4.0, "E3": 4.3},
    "staff": {"E1": 4.2, "E2": 3.8, "E3": 3.9},
    "civil_society": {"E1": 4.6, "E2": 3.3, "E3": 3.8},
    "professional_association": {"E1": 4.0, "E2": 4.0, "E3": 3.1},
    "academia": {"E1": 3.9, "E2": 4.2, "E3": 3.4},
    "local_government": {"E1": 4.5, "E2": 3.6, "E3": 3.3},
    "other": {"E1": 4.0, "E2": 3.7, "E3": 3.5},
}
VOICE = {"member_state": "m", "un_system": "u", "staff": "u", "civil_society": "c", "academia": "a",
         "professional_association": "a", "local_government": "l", "private_sector": "*", "other": "*"}

# -- people and organisations ---------------------------------------------------------------------

# country -> (region, name pool, languages spoken besides English)
COUNTRIES = {
    "Kenya": ("Africa", "ke", ""), "Uganda": ("Africa", "ke", ""), "Rwanda": ("Africa", "ke", "fr"),
    "Ethiopia": ("Africa", "et", ""), "Nigeria": ("Africa", "ng", ""), "Ghana": ("Africa", "ng", ""),
    "South Africa": ("Africa", "za", ""), "Senegal": ("Africa", "wa", "fr"), "Cameroon": ("Africa", "wa", "fr"),
    "Côte d'Ivoire": ("Africa", "wa", "fr"), "Democratic Republic of the Congo": ("Africa", "wa", "fr"),
    "Egypt": ("Arab States", "arab", "ar"), "Jordan": ("Arab States", "arab", "ar"),
    "Iraq": ("Arab States", "arab", "ar"), "Saudi Arabia": ("Arab States", "arab", "ar"),
    "Lebanon": ("Arab States", "arab", "ar fr"), "Morocco": ("Arab States", "maghreb", "ar fr"),
    "Tunisia": ("Arab States", "maghreb", "ar fr"), "Algeria": ("Arab States", "maghreb", "ar fr"),
    "China": ("Asia-Pacific", "cn", "zh"), "Japan": ("Asia-Pacific", "jp", ""),
    "India": ("Asia-Pacific", "in", ""), "Indonesia": ("Asia-Pacific", "id", ""),
    "Brazil": ("Latin America and the Caribbean", "br", ""), "Mexico": ("Latin America and the Caribbean", "latam", ""),
    "Colombia": ("Latin America and the Caribbean", "latam", ""), "Chile": ("Latin America and the Caribbean", "latam", ""),
    "France": ("Europe", "fr", "fr"), "Germany": ("Europe", "de", ""), "Sweden": ("Europe", "se", ""),
    "Poland": ("Europe", "pl", ""), "Spain": ("Europe", "es", ""), "Italy": ("Europe", "intl", ""),
    "Netherlands": ("Europe", "nl", ""), "United Kingdom": ("Europe", "anglo", ""),
    "Denmark": ("Europe", "intl", ""), "Switzerland": ("Europe", "intl", "fr"),
    "United States": ("North America", "intl", ""),
}
INTL_POOLS = ["ke", "et", "ng", "wa", "arab", "maghreb", "cn", "latam", "anglo", "fr", "de", "se", "in", "jp", "za",
              "br", "nl", "es"]
POOL_LANG = {"wa": "fr", "maghreb": "fr ar", "arab": "ar", "cn": "zh", "fr": "fr"}

ORGS: dict[str, list[tuple[str, str]]] = {
    "member_state": [
        ("State Department for Housing and Urban Development", "Kenya"), ("Ministry of Urban and Infrastructure", "Ethiopia"),
        ("Ministry of Housing, Utilities and Urban Communities", "Egypt"),
        ("Ministère de l'Aménagement du territoire national, de l'Urbanisme, de l'Habitat et de la Politique de la ville", "Morocco"),
        ("Ministère de l'Urbanisme, des Collectivités territoriales et de l'Aménagement des territoires", "Senegal"),
        ("Ministère de l'Habitat et du Développement urbain", "Cameroon"),
        ("Ministère de la Construction, du Logement et de l'Urbanisme", "Côte d'Ivoire"),
        ("Federal Ministry of Housing and Urban Development", "Nigeria"), ("Department of Human Settlements", "South Africa"),
        ("Ministry of Cities", "Brazil"), ("Secretaría de Desarrollo Agrario, Territorial y Urbano", "Mexico"),
        ("Ministerio de Vivienda, Ciudad y Territorio", "Colombia"), ("Ministère de l'Europe et des Affaires étrangères", "France"),
        ("Federal Ministry for Housing, Urban Development and Building", "Germany"), ("Embassy of Sweden in Nairobi", "Sweden"),
        ("Embassy of Japan in Kenya", "Japan"), ("Ministry of Housing and Urban-Rural Development", "China"),
        ("Ministry of Public Works and Housing", "Indonesia"), ("Ministry of Municipalities and Housing", "Saudi Arabia"),
        ("Ministry of Public Works and Housing", "Jordan"), ("Ministry of Construction, Housing and Municipalities", "Iraq"),
        ("Ministère de l'Équipement et de l'Habitat", "Tunisia"), ("Ministère de l'Habitat, de l'Urbanisme et de la Ville", "Algeria"),
        ("Ministry of Social Affairs", "Lebanon"), ("Ministry of Development Funds and Regional Policy", "Poland"),
        ("Ministry of Housing and Urban Affairs", "India"), ("Ministère de l'Urbanisme et Habitat", "Democratic Republic of the Congo"),
        ("Ministry of Infrastructure", "Rwanda"), ("Ministry of Lands, Housing and Urban Development", "Uganda"),
        ("Ministerio de Vivienda y Agenda Urbana", "Spain"), ("Permanent Mission of Ghana to UN-Habitat", "Ghana"),
    ],
    "un_system": [
        ("UNEP", "Kenya"), ("UNDP", "United States"), ("UNICEF", "Kenya"), ("World Bank", "United States"),
        ("UNHCR", "Switzerland"), ("IOM", "Switzerland"), ("WFP", "Italy"), ("FAO", "Italy"), ("UN Women", "United States"),
        ("UNFPA", "United States"), ("UNDRR", "Switzerland"), ("Economic Commission for Africa", "Ethiopia"),
        ("ESCWA", "Lebanon"), ("OHCHR", "Switzerland"), ("UNOPS", "Denmark"), ("ILO", "Switzerland"),
        ("WHO", "Switzerland"), ("African Development Bank", "Côte d'Ivoire"), ("UNESCO", "France"),
        ("Resident Coordinator Office, Ethiopia", "Ethiopia"), ("Development Coordination Office", "United States"),
        ("United Nations Office at Nairobi", "Kenya"),
    ],
    "staff": [("UN-Habitat, Urban Practices Branch", "Kenya"), ("UN-Habitat, Regional Office for Africa", "Kenya"),
              ("UN-Habitat, Strategic Planning Unit", "Kenya"), ("UN-Habitat, Regional Office for Arab States", "Egypt")],
    "civil_society": [
        ("Slum Dwellers International", "South Africa"), ("Habitat International Coalition – Housing and Land Rights Network", "Egypt"),
        ("Huairou Commission", "United States"), ("WIEGO", "United Kingdom"), ("Habitat for Humanity International", "Kenya"),
        ("Muungano wa Wanavijiji", "Kenya"), ("Pamoja Trust", "Kenya"), ("Kounkuey Design Initiative", "Kenya"),
        ("Enda Tiers Monde", "Senegal"), ("National Slum Dwellers Federation of Uganda", "Uganda"),
        ("Lagos Youth for Liveable Cities", "Nigeria"), ("Addis Ababa Women's Housing Cooperative Union", "Ethiopia"),
        ("Mathare Environmental Youth Group", "Kenya"), ("Réseau camerounais pour l'habitat décent", "Cameroon"),
        ("Association des femmes pour le logement, Pikine", "Senegal"), ("Arab NGO Network for Development", "Lebanon"),
        ("Global Platform for the Right to the City", "Brazil"), ("Plan International", "United Kingdom"),
        ("Hawassa Informal Traders Association", "Ethiopia"), ("Shelter Forum", "Kenya"),
    ],
    "professional_association": [
        ("Commonwealth Association of Planners", "United Kingdom"), ("ISOCARP", "Netherlands"),
        ("Architectural Association of Kenya", "Kenya"), ("Kenya Institute of Planners", "Kenya"),
        ("African Planning Association", "Ghana"), ("International Federation of Surveyors (FIG)", "Denmark"),
        ("International Union of Architects (UIA)", "France"), ("Egyptian Engineers Syndicate", "Egypt"),
        ("Ordre des Architectes du Sénégal", "Senegal"), ("Ethiopian Association of Urban Planners", "Ethiopia"),
    ],
    "academia": [
        ("University of Nairobi, Department of Urban and Regional Planning", "Kenya"),
        ("Ethiopian Institute of Architecture, Building Construction and City Development, Addis Ababa University", "Ethiopia"),
        ("African Centre for Cities, University of Cape Town", "South Africa"),
        ("Cairo University, Faculty of Urban and Regional Planning", "Egypt"), ("American University in Cairo", "Egypt"),
        ("IHS, Erasmus University Rotterdam", "Netherlands"), ("Université Cheikh Anta Diop de Dakar", "Senegal"),
        ("Tsinghua University, School of Architecture", "China"), ("LSE Cities, London School of Economics", "United Kingdom"),
        ("Kwame Nkrumah University of Science and Technology", "Ghana"), ("Université de Yaoundé I", "Cameroon"),
    ],
    "local_government": [
        ("Nairobi City County", "Kenya"), ("Addis Ababa City Administration", "Ethiopia"), ("UCLG Africa", "Morocco"),
        ("ICLEI Africa", "South Africa"), ("Ville de Dakar", "Senegal"), ("Kisumu City Board", "Kenya"),
    ],
}

# Invented names: given names, then family names, by pool.
NAMES = {
    "ke": ("Wanjiru Achieng Njeri Akinyi Wambui Atieno Halima Grace Faith Mercy Esther Joseph Peter Daniel Brian "
           "Baraka Juma Zawadi Neema Moses Aisha",
           "Odhiambo Kariuki Wanyama Cheruiyot Mutiso Njoroge Ochieng Kimani Chebet Mutua Otieno Kamau Mwangi Owino "
           "Wekesa Okello Mugisha"),
    "et": ("Selamawit Tesfaye Mekdes Dawit Hirut Yonas Bethlehem Abebe Meron Getachew Tigist Solomon",
           "Alemu Bekele Haile Tadesse Girma Desta Mengistu Wolde Gebremedhin Asfaw"),
    "ng": ("Chiamaka Oluwaseun Ngozi Emeka Funmilayo Kwame Ama Kofi Ibrahim Adaeze Yaw Efua",
           "Okafor Adeyemi Mensah Boateng Bello Eze Owusu Abubakar Nwosu Asante"),
    "wa": ("Aminata Moussa Fatou Ibrahima Mariam Cheikh Awa Jean-Pierre Aïssatou Serge Clarisse Boubacar",
           "Diop Ndiaye Traoré Koné Sow Diallo Mbarga Kouassi Fofana Nkoulou Mbuyi Tshibanda"),
    "maghreb": ("Youssef Salma Karim Nadia Mehdi Imane Rachid Leïla Hamza Samira",
                "Benali El-Idrissi Bensaïd Trabelsi Haddad Cherif Bouzid Alaoui Mansouri Belkacem"),
    "arab": ("Ahmed Mona Khaled Layla Omar Rania Youssef Hoda Tarek Nour Faisal Dina",
             "El-Sayed Mansour Al-Ali Haddad Abdallah Nasser Al-Khatib Saleh Farouk Al-Rashid Hamdan Qasim"),
    "cn": ("Lihua Wei Xiaoming Jing Haitao Yan Jun Min", "Wang Li Zhang Chen Liu Zhao Huang Zhou"),
    "jp": ("Yuki Haruto Aiko Kenji Naomi Takeshi", "Sato Suzuki Tanaka Watanabe Ito Kobayashi"),
    "in": ("Priya Arjun Ananya Rahul Kavita Vikram", "Sharma Iyer Patel Reddy Menon Gupta"),
    "id": ("Siti Budi Dewi Agus Rina Hendra", "Santoso Wibowo Lestari Hidayat Kurniawan Putri"),
    "za": ("Thandiwe Sipho Lerato Themba Naledi Pieter", "Dlamini Nkosi Mokoena Naidoo Botha Khumalo"),
    "br": ("Fernanda João Juliana Rafael Beatriz Lucas", "Silva Oliveira Pereira Costa Almeida Souza"),
    "latam": ("Camila Diego Gabriela Andrés Valentina Jorge Lucía Carlos", "González Rodríguez Martínez Ramírez Herrera "
              "Castro Vargas Morales"),
    "fr": ("Claire Pierre Sophie Julien Camille Nicolas", "Dubois Moreau Lefèvre Laurent Girard Fontaine"),
    "de": ("Johannes Katrin Martin Julia Stefan Anja", "Schneider Becker Wagner Hoffmann Krüger Richter"),
    "se": ("Anna Lars Ingrid Henrik Karin Erik", "Lindqvist Johansson Berg Nilsson Eriksson Holm"),
    "pl": ("Katarzyna Tomasz Agnieszka Piotr Magdalena Marek", "Nowak Wójcik Kaczmarek Mazur Krawczyk Zając"),
    "es": ("Elena Javier Lucía Pablo Marta Sergio", "García Fernández López Martín Sánchez Romero"),
    "nl": ("Sanne Pieter Maaike Joost Eline Bram", "Visser Jansen Bakker Smit Mulder Bos"),
    "anglo": ("Sarah James Emma David Rachel Michael", "Thompson Walker Hughes Clarke Bennett Price"),
}
NATIVE = {
    "arab": ("أحمد منى خالد ليلى عمر رانيا يوسف هدى طارق نور فيصل دينا",
             "السيد منصور العلي حداد ناصر الخطيب صالح فاروق الراشد حمدان"),
    "cn": ("丽华 伟 晓明 静 海涛 艳 军 敏", "王 李 张 陈 刘 赵 黄 周"),
}

# -- comment pools ------------------------------------------------------------------------------
# key|swot (s w o t -)|voice (m u c a l *)|tags|text

ENGLISH = """
P1|w|m|housing,finance|Our housing fund reaches civil servants with payslips. It does not reach the market trader or the boda-boda rider, and that is most of the city.
P1|s|c|housing,informal settlements|Slum upgrading is where UN-Habitat is most credible with communities. Please keep it visible as its own line, not folded into a general housing heading.
P1|o|m|housing,finance|Pension funds and diaspora remittances are both looking for long-term assets. Housing can be that asset if the plan helps countries build the pipeline.
P1|t|c|housing,land|Without secure tenure nothing else in this priority works. Evictions are still carried out in the name of beautification, sometimes weeks before a big conference.
P1|-|c|housing|Housing first. Everything else follows from a safe roof.
P1|w|a|housing,data|Nobody knows how many people live in inadequate housing in most secondary cities. The census undercounts informal settlements every single time.
P1|o|a|housing,climate|Retrofitting the existing stock is cheaper than building new, and it is exactly where the housing and climate priorities meet.
P1|s|c|housing,informal settlements,data|Communities did the enumeration themselves under the participatory upgrading programme, and did it better and faster than consultants. Build on that experience.
P1|t|m|housing,finance|Construction costs have gone up by about a third since 2021 because cement and steel are imported. Any affordable housing target that ignores this will be missed.
P1|o|c|housing,youth|Young people are locked out of ownership entirely. Rental housing deserves its own place in the plan; it is not a second-best option.
P1|w|m|housing|The language on adequate housing was strong in the last plan, but there were few indicators a ministry could actually report on.
P1|o|m|housing,land|Public land is the largest subsidy a government can give to housing. Help us map it and use it before it is sold off plot by plot.
P1|s|c|housing,gender,finance|Women-led savings groups in our federation repay housing loans better than any bank product. Name them as partners, not beneficiaries.
P1|t|u|housing,migration|When displaced families arrive, rents in host towns rise within months and tension follows. Housing policy has to plan for that before it happens.
P1|-|*|housing,basic services|Adequate housing also means water, sanitation and a way to get to work. A house on the edge of the city with no transport is not adequate.
P1|o|l|housing,localisation|Cities are ready to build, but we do not control land registration or borrowing. The powers should follow the responsibilities.
P1|w|c|housing,informal settlements|Upgrading projects end when the pilot ends. We have seen three pilots in the same settlement in fifteen years.
P1|s|a|housing,data|The housing profile methodology is good and governments trust it. It just needs updating more often than once a decade.
P2|o|m|finance,intermediate cities|Intermediate cities need access to finance, not only to advice. Most of them cannot borrow, and the national transfer arrives late every year.
P2|w|m|finance|We have had many diagnostics on municipal finance. What we have not had is help getting a single project to financial close.
P2|o|l|finance,localisation|Own-source revenue is the foundation. Property tax in our city collects less than a fifth of its potential; a proper digital cadastre would change that within three years.
P2|t|u|finance|Debt service is crowding out investment in many of the countries we work with. A finance priority that assumes new borrowing will not land well.
P2|s|u|finance,partnerships|The joint work with development banks on project preparation has been useful. It should be a core service, not a side project funded year by year.
P2|o|c|finance,informal settlements|Most jobs in our cities are informal. Prosperity for whom? The plan should say clearly that street vendors and waste pickers are part of the urban economy.
P2|w|a|finance,data|Land value capture is in every strategy and applied almost nowhere. We need case studies from the global South with real figures.
P2|-|m|finance,intermediate cities|Please keep the link between national development plans and financial flows explicit. Plans without budgets are wish lists.
P2|o|*|finance,youth|A young population is an asset only if there are jobs. Construction, services and the green economy can absorb many young people if skills programmes exist.
P2|t|m|finance|Rising interest rates have made long-term infrastructure loans almost impossible for us in the last two years.
P2|s|m|finance,partnerships|The guidance on public-private partnerships for basic services was well received by our municipalities.
P2|o|l|finance,intermediate cities|Secondary cities grow fastest and get the least. A dedicated window for them, even a small one, would send the right signal.
P2|w|c|finance,gender|Finance programmes rarely reach women-owned enterprises. Collateral requirements exclude them at the first step.
P2|o|a|finance,urban-rural|Market towns link farmers to cities. Investing in their markets and roads is prosperity policy and food policy at the same time.
P2|t|u|finance|Official development assistance for urban programmes is going down. The plan should be realistic about what the core budget can carry.
P2|-|m|finance|We support this priority, but "inclusive" needs to be defined with targets, otherwise it means nothing.
P2|o|m|finance,digital|Digital payments have already changed how our cities collect market and parking fees. There is room to go further, with proper safeguards.
P3|o|u|climate,finance|Cities carry most of the adaptation burden but receive a tiny share of climate finance. Helping them prepare bankable projects is the gap.
P3|s|u|climate,partnerships|The joint programme with UNEP on urban climate action works. Deepen that partnership rather than creating parallel tools.
P3|t|m|climate,resilience|Flooding this year displaced more people in our capital than in the previous ten years together. Adaptation is not a future question for us.
P3|w|a|climate,data|Most city climate plans are never costed. The plan should help cities move from commitments to investment plans with numbers in them.
P3|o|c|climate,informal settlements|Informal settlements sit on the riverbanks and the hillsides. Adaptation that does not start there will protect the wrong people.
P3|-|m|climate|Climate action must not become a condition that delays housing and basic services for the poor.
P3|o|u|climate,nature|Nature-based solutions are cheaper than concrete for many drainage problems, and they create local jobs.
P3|t|c|climate,land|We already see climate used as a reason for evictions: "the area is unsafe", and a year later it is sold to a developer.
P3|s|a|climate,data|The urban heat mapping done with universities in the region was excellent. Share the method openly so that every city can repeat it.
P3|o|m|climate,housing|Building codes are our strongest lever on emissions. Support for updating and enforcing them would make a real difference.
P3|w|u|climate|The plan talks about the triple planetary crisis but the indicators only look at carbon. Biodiversity and pollution need measures too.
P3|o|l|climate,basic services|Waste is the climate issue citizens see every day. Collection, recycling and landfill gas are where cities can act now.
P3|t|u|climate,finance|Loss and damage discussions have largely ignored cities. If UN-Habitat does not bring the urban voice, nobody will.
P3|-|a|climate|Heat is the silent killer in our cities. It should be named in the plan.
P3|o|c|climate,youth|Young people already organise clean-ups and tree planting. Give them a formal seat on city climate committees.
P3|s|m|climate|We appreciate the support on our nationally determined contribution; for the first time it has an urban chapter.
P3|w|c|climate,gender|Climate programmes still consult the chief and the councillor, not the women who fetch water when the taps run dry.
P4|s|m|localisation,governance|Multilevel governance is UN-Habitat's niche. No other agency can bring ministries and mayors into the same room with the same legitimacy.
P4|o|l|localisation,data|Our voluntary local review motivated the city more than any national report did. Support more cities to do them, and link them to the national review.
P4|w|m|governance|The whole-of-government approach is easy to write and hard to do. In our country five ministries have a mandate over urban land.
P4|o|a|data,digital|Evidence-based decision-making needs data systems that outlive a project. Help national statistical offices own the urban indicators.
P4|t|*|data,digital|Digital systems can exclude as easily as they include. People without a smartphone or an ID card must not disappear from city registers.
P4|-|m|localisation|Localisation of the SDGs should be the thread that ties all five priorities together, not a separate priority.
P4|o|u|localisation,partnerships|The resident coordinator system is a channel UN-Habitat underuses. Urban issues should be in every cooperation framework, and today they are not.
P4|w|l|governance,finance|Decentralisation laws exist on paper, but the money did not follow the mandate. Local governments cannot deliver what they cannot fund.
P4|s|a|data|The Urban Indicators Database is used by our students and by the ministry. Keep it open and keep it updated.
P4|o|m|governance,urban-rural|National urban policies should include the rural side. Our cities and their hinterland are one economy.
P4|t|c|governance|Participation is too often a validation workshop at the end. Communities must be involved while decisions are still open.
P4|o|a|capacity,partnerships|Planning schools in Africa train far too few planners for the cities we have. Partner with universities on curricula and short courses.
P4|w|m|data|We still do not have reliable population data at city level. Every estimate of the urban population in our country is contested.
P4|o|*|digital|Artificial intelligence will change how cities plan and monitor. The plan should prepare countries for it, including on data protection and procurement.
P4|s|c|localisation|The grassroots assembly at the last Urban Forum gave community groups a real seat. Keep that format.
P4|-|u|localisation,governance|UN-Habitat should position itself as the system-wide lead on SDG 11 and on the urban dimension of all the goals. Today that role is not clear enough to other entities.
P4|t|m|governance|If the plan spreads across too many areas it will not be measurable. We strongly support focus and prioritisation as principles.
P4|o|l|localisation,capacity|Peer learning between cities works better than training by consultants. Twinning between African and Latin American cities deserves funding.
P4|w|a|governance,data|Performance measurement in the previous plan counted outputs: workshops and reports. We need outcome indicators, even if they are harder.
P4|o|m|governance,capacity|Our ministry would value technical secondments more than new guidance documents.
P5|s|u|crisis,resilience|UN-Habitat's spatial profiling in crisis-affected cities is valued by humanitarian colleagues. It bridges the humanitarian and development sides.
P5|o|u|crisis,migration|Most displaced people live in cities, not in camps. Area-based approaches should be the default for urban displacement.
P5|t|u|crisis,finance|Humanitarian funding cycles are short. Recovery planning needs multi-year money, or cities are rebuilt exactly as they were.
P5|w|u|crisis|In the last emergencies UN-Habitat arrived after the shelter cluster had made the main decisions. Earlier engagement matters.
P5|-|m|crisis,resilience,land|Building back better must include building codes and land records. After the earthquake half of the owners in the affected district could not prove their property.
P5|o|c|crisis,migration,informal settlements|Internally displaced families settle in informal areas and stay. Plan with them as residents, not as a temporary caseload.
P5|t|m|crisis,migration|Host cities receive no additional budget when their population grows by a fifth in one year. That is a threat to social cohesion.
P5|s|c|crisis,gender|Women's groups were the first responders in the floods. Recovery plans should build on their networks.
P5|o|*|crisis,data|Damage assessments should be shared openly and quickly. Three agencies surveyed the same neighbourhood after the conflict and none shared the data.
P5|w|m|crisis,climate|The crisis priority should include slow-onset crises: drought-driven migration to cities is our biggest challenge.
P5|t|u|crisis,climate|Climate shocks and conflict now hit the same cities. Separate programmes for each will not work.
P5|o|a|crisis,resilience|Urban resilience assessments should feed into land-use plans; today they end as reports on a shelf.
P5|-|u|crisis,migration|The Global Compact on Refugees and the Global Compact for Migration both have urban commitments. The plan could link to them explicitly.
P5|s|m|crisis,partnerships|Support for our reconstruction master plan was decisive. The team stayed, knew the city and worked with our engineers.
P5|o|c|crisis,youth|Young people in camps and informal areas want skills and work, not only relief. Reconstruction can train them.
B|-|m|governance|We gave most points to governance because good policy unlocks money for the other four.
B|-|c|housing|Forty of my points went to housing. It is where the gap between need and resources is widest.
B|w|u|finance|Splitting points is a useful exercise: it shows that the core budget cannot cover five equal priorities.
B|-|a|climate|I put more on climate because the adaptation gap will grow fastest between now and 2029.
B|o|m|finance,partnerships|Points stand for resources, but resources also come from partners. Some priorities attract co-financing more easily than others.
B|-|l|localisation,finance|We split our points between governance and finance: cities need both powers and money.
E1|s|m|housing,basic services|Equitable prosperity is the right frame. Housing, infrastructure and services together: that is what a decent life means to our citizens.
E1|o|c|basic services,informal settlements|Basic services are where people feel the state. Water and sanitation in informal areas should be the first promise.
E2|o|u|nature,climate|Living in harmony with nature connects directly to the global biodiversity framework. Cities have commitments there too.
E2|w|m|nature|The phrase is attractive but it needs to become concrete planning tools, otherwise ministries will not use it.
E2|o|a|nature,informal settlements|The circular economy already exists in our cities: informal recyclers run it every day. Recognise them.
E3|s|u|migration,crisis|The migration entry point is essential. It is where UN-Habitat adds something that humanitarian agencies cannot.
E3|t|m|migration|Some Member States are sensitive about migration language. Framing it around settlements and services will help consensus.
E3|o|c|migration,housing|Building back better must mean better for the people who lived there, not higher rents after reconstruction.
E1|-|a|urban-rural|The entry points are well chosen, but urban–rural linkages fall between them.
E2|t|l|nature,land|The wetlands around our city are disappearing under plots. Harmony with nature needs enforcement, not only plans.
-|s|m|partnerships|UN-Habitat's convening power is a clear strength. The Assembly and the World Urban Forum bring together actors nobody else does.
-|w|m|governance|Reporting to Member States has improved but still comes late. We need results information in time for our budget discussions.
-|w|u|partnerships|Staff turnover in country offices is high because so many posts depend on project funding. Partners lose their counterpart every year.
-|o|*|partnerships|The New Urban Agenda review is an opportunity to align the plan with what countries already report.
-|t|u|finance|Earmarked funding drives the programme more than the plan does. That is the biggest risk to a focused plan.
-|s|c|partnerships|UN-Habitat is the only UN door civil society in our region can knock on about housing. Keep it open.
-|w|c|gender|Consultations like this one happen in English in capital cities. Many of our members cannot take part; provide interpretation and regional sessions.
-|o|a|data,partnerships|Universities can be long-term partners for data and evaluation at low cost. Use framework agreements instead of one-off contracts.
-|t|m|governance|Geopolitical fragmentation makes consensus harder. The plan should concentrate on areas where agreement exists.
-|s|u|data|The normative work, especially global urban monitoring, is respected across the system.
-|w|a|capacity|The knowledge products are good but hard to find. Many of our students never find the reports on the website.
-|o|m|digital|Offline tools like this one are useful. Many of our municipalities have poor connectivity.
-|t|c|informal settlements|Civic space is shrinking in some countries: local groups take a risk when they speak in consultations like this one.
-|w|u|partnerships|Other entities in the system often do not know what UN-Habitat offers. The service offer needs better communication.
-|o|l|localisation|Local and regional governments want a formal channel into the governing bodies, not only side events.
-|s|a|data|The flagship reports on cities are cited widely in our teaching and research.
-|t|u|finance|The liquidity situation of the regular budget affects every entity. Five priorities and a shrinking core budget is a risk.
-|w|m|capacity|Capacity-building ends with a certificate. Staff who go back to their municipalities need follow-up and mentoring.
-|o|c|youth|Half the people in our cities are under twenty-five. Youth should be a lens across all five priorities, not a side project.
-|s|m|governance|We appreciate the transparency of this consultation process and the early involvement of Member States.
-|-|*|governance|Fewer priorities, better measured.
-|o|u|partnerships|Joint programming with ILO on decent work in construction would connect housing and jobs.
-|w|c|data|Community-collected data is still treated as anecdote. The plan should recognise it as evidence.
-|t|a|digital|Smart-city vendors sell platforms to municipalities that cannot maintain them. Cities need independent advice before they buy.
-|o|m|partnerships|South–South cooperation should be more visible; we have learned more from neighbouring countries than from distant models.
"""

FRENCH = """
P1|s|u|housing,informal settlements|Le travail d'ONU-Habitat sur l'amélioration des quartiers précaires est reconnu dans tout le système. C'est un avantage comparatif à préserver.
P1|o|u|housing,partnerships|Le logement abordable devrait figurer dans les plans-cadres de coopération. Aujourd'hui, il en est presque toujours absent.
P1|t|u|housing,land|Les expulsions forcées restent fréquentes dans plusieurs pays où nous travaillons. Le plan devrait réaffirmer clairement l'approche fondée sur les droits humains.
P1|w|u|housing,data|Nous manquons de données comparables sur le logement inadéquat. Les estimations varient du simple au double selon les sources.
P1|-|u|housing,gender,land|Le droit des femmes au logement, notamment en matière d'héritage foncier, mérite une mention explicite.
P1|o|u|housing,climate|La rénovation énergétique du parc existant est un terrain commun avec le PNUE et les banques de développement.
P2|o|u|finance,intermediate cities|Les villes intermédiaires sont le chaînon manquant. Elles croissent le plus vite et sont les moins outillées pour mobiliser des financements.
P2|t|u|finance|L'endettement de nombreux pays limite leur capacité d'investissement urbain. Le plan doit en tenir compte avec réalisme.
P2|s|u|finance,partnerships|La collaboration avec la Banque mondiale et la BAD sur la préparation de projets a donné de bons résultats. Il faut l'institutionnaliser.
P2|w|u|finance|Les outils de finances municipales existent, mais ils ne sont diffusés que là où ONU-Habitat a un bureau.
P2|o|u|finance,youth|L'emploi des jeunes en ville est une priorité partagée avec l'OIT. Le secteur de la construction offre des possibilités concrètes.
P2|-|u|finance,informal settlements|L'économie informelle fait vivre la majorité des citadins en Afrique. La prospérité inclusive doit partir de cette réalité.
P3|s|u|climate,partnerships|Le partenariat avec le PNUE sur l'action climatique urbaine est solide. Évitons de créer des outils parallèles.
P3|o|u|climate,finance|Les villes reçoivent une part infime de la finance climatique. Aider à préparer des projets finançables serait une vraie valeur ajoutée.
P3|t|u|climate,resilience|Les inondations urbaines se multiplient. Sans investissement dans l'adaptation, les acquis de développement seront effacés.
P3|w|u|climate,data|Les indicateurs actuels portent surtout sur le carbone ; la biodiversité et la pollution sont peu mesurées.
P3|o|u|climate,nature|Les solutions fondées sur la nature coûtent souvent moins cher que les ouvrages en béton, et elles créent des emplois locaux.
P3|-|u|climate,basic services|La gestion des déchets est le sujet climatique le plus visible pour les citadins. C'est un point d'entrée concret.
P4|s|u|localisation,governance|La gouvernance à plusieurs niveaux est la niche d'ONU-Habitat. Aucune autre entité ne peut réunir ministères et maires avec la même légitimité.
P4|o|u|localisation,partnerships|Le système des coordonnateurs résidents est sous-utilisé. Les questions urbaines devraient figurer dans chaque plan-cadre de coopération.
P4|w|u|partnerships|Les autres entités connaissent mal l'offre de services d'ONU-Habitat. Il faut mieux la faire connaître au sein du système.
P4|o|u|data,digital|Les systèmes de données doivent survivre aux projets. Il faut appuyer les instituts nationaux de statistique sur les indicateurs urbains.
P4|t|u|data,digital|Le numérique peut exclure autant qu'il inclut. Les personnes sans téléphone ni pièce d'identité ne doivent pas disparaître des registres.
P4|-|u|localisation|La localisation des ODD devrait être le fil conducteur des cinq priorités.
P4|o|u|localisation,data|Les examens locaux volontaires sont un outil puissant. Il faut mieux les relier aux examens nationaux volontaires.
P4|w|u|governance|Le précédent plan mesurait surtout des produits : ateliers, rapports. Il faut des indicateurs de résultats, même s'ils sont plus difficiles à renseigner.
P5|s|u|crisis,resilience|Le profilage spatial des villes touchées par les crises est apprécié des acteurs humanitaires. Il fait le lien entre urgence et développement.
P5|o|u|crisis,migration|La majorité des personnes déplacées vivent en ville, pas dans des camps. Les approches territoriales devraient devenir la norme.
P5|t|u|crisis,finance|Les cycles de financement humanitaire sont trop courts pour la reconstruction. Sans financement pluriannuel, on reconstruit à l'identique.
P5|w|u|crisis|ONU-Habitat arrive souvent après que le cluster abris a pris les principales décisions. Il faut s'engager plus tôt.
P5|o|u|crisis,data|Les évaluations des dommages devraient être partagées rapidement entre agences. Trop souvent, trois équipes enquêtent sur le même quartier.
P5|-|u|crisis,migration|Le Pacte mondial sur les réfugiés et le Pacte mondial sur les migrations contiennent des engagements urbains ; le plan pourrait s'y référer.
P5|t|u|crisis,climate|Chocs climatiques et conflits frappent désormais les mêmes villes. Des programmes séparés ne suffiront pas.
B|-|u|finance|Répartir les points montre bien que le budget de base ne peut pas couvrir cinq priorités à parts égales.
B|o|u|partnerships,finance|Certaines priorités attirent plus facilement des cofinancements ; il faut en tenir compte dans l'allocation.
E1|s|u|basic services|La prospérité équitable est le bon cadre : logement, infrastructures et services de base forment un tout.
E2|o|u|nature,climate|Vivre en harmonie avec la nature rejoint directement le Cadre mondial de la biodiversité. Les villes y ont aussi des engagements.
E3|s|u|migration,crisis|Ce point d'entrée est essentiel : c'est là qu'ONU-Habitat apporte ce que les agences humanitaires ne peuvent pas apporter.
E3|o|u|migration|Aborder la migration sous l'angle des établissements humains et des services facilite le consensus entre États membres.
-|s|u|data|Le travail normatif, en particulier le suivi urbain mondial, est respecté dans tout le système.
-|w|u|partnerships|La rotation du personnel dans les bureaux de pays est forte, car beaucoup de postes dépendent de projets.
-|t|u|finance|Les contributions préaffectées orientent le programme plus que le plan lui-même. C'est le principal risque pour un plan ciblé.
-|o|u|partnerships|Une programmation conjointe avec l'OIT sur le travail décent dans la construction relierait logement et emploi.
-|t|u|finance|La situation de trésorerie du budget ordinaire touche toutes les entités. Cinq priorités avec un budget de base en baisse, c'est un risque.
-|o|u|governance|Le repositionnement du système des Nations Unies pour le développement est l'occasion de clarifier le rôle d'ONU-Habitat dans les équipes de pays.
-|s|u|partnerships|Merci pour cette consultation en français : c'est rare, et très apprécié.
P1|w|m|housing,finance|Nos programmes de logement social atteignent les fonctionnaires, pas les travailleurs du secteur informel, qui sont la majorité de la population urbaine.
P1|o|m|housing,land|Le foncier public est la principale subvention au logement. Nous avons besoin d'appui pour l'inventorier et le mobiliser.
P1|t|m|housing,finance|Le coût des matériaux importés a fortement augmenté. Tout objectif de logement abordable doit en tenir compte.
P1|s|m|housing,informal settlements|Le programme « Villes sans bidonvilles » a montré ce qu'une volonté politique soutenue peut accomplir. Cette expérience mérite d'être partagée.
P2|o|m|finance,intermediate cities|Les villes moyennes doivent pouvoir accéder directement aux financements, pas seulement à l'assistance technique.
P2|w|m|finance,localisation|Les transferts de l'État aux collectivités arrivent tard et sont imprévisibles. Le plan devrait encourager des mécanismes de péréquation stables.
P2|-|m|finance|Le lien entre plans de développement et flux financiers doit rester explicite. Un plan sans budget n'est qu'une liste de souhaits.
P3|t|m|climate,resilience|L'érosion côtière menace plusieurs quartiers de notre capitale. L'adaptation n'est pas une question d'avenir pour nous.
P3|o|m|climate,housing|Les codes de construction sont notre principal levier. Un appui pour les actualiser et les faire appliquer serait très utile.
P3|-|m|climate|L'action climatique ne doit pas devenir une condition qui retarde l'accès au logement et aux services de base.
P4|s|m|localisation,governance|La gouvernance multiniveau est le domaine où ONU-Habitat apporte la plus grande valeur ajoutée.
P4|w|m|governance,land|L'approche pangouvernementale est facile à écrire et difficile à mettre en œuvre : chez nous, cinq ministères interviennent sur le foncier urbain.
P4|o|m|localisation,capacity|La décentralisation avance, mais les collectivités manquent de cadres formés. Les partenariats avec les universités sont une piste.
P4|t|m|governance|Un plan trop dispersé ne sera pas mesurable. Nous soutenons fermement les principes de concentration et de hiérarchisation.
P4|o|m|data|Nous souhaitons un appui pour produire des données urbaines fiables à l'échelle des villes, avec notre institut national de statistique.
P5|w|m|crisis,climate|La priorité crises devrait inclure les crises lentes : la sécheresse pousse chaque année des milliers de familles vers nos villes.
P5|-|m|crisis,land|Reconstruire en mieux suppose des cadastres à jour. Après les inondations, beaucoup de propriétaires n'ont pas pu prouver leurs droits.
P5|t|m|crisis,migration|Les villes d'accueil ne reçoivent aucun budget supplémentaire lorsque leur population augmente brusquement.
B|-|m|governance|Nous avons donné le plus de points à la gouvernance : de bonnes politiques débloquent les financements pour les autres priorités.
E1|s|m|basic services,housing|La prospérité équitable est le bon cadre pour nos citoyens : logement, infrastructures et services ensemble.
E3|t|m|migration|Le vocabulaire des migrations reste sensible pour certains États ; l'angle des services et des établissements humains aide au consensus.
-|s|m|governance|Nous saluons la transparence de ce processus de consultation et l'association précoce des États membres.
-|w|m|governance|Les rapports aux États membres arrivent encore trop tard pour nos discussions budgétaires.
-|o|m|partnerships|La coopération Sud-Sud devrait être plus visible : nous avons davantage appris de nos voisins que de modèles lointains.
-|w|m|capacity|Les formations se terminent souvent par un certificat, sans suivi. Les cadres qui retournent dans leur municipalité ont besoin d'accompagnement.
P1|t|c|housing,land|Sans sécurité foncière, rien ne tient. Des déguerpissements ont encore lieu au nom de l'embellissement de la ville.
P1|s|c|housing,gender,finance|Nos groupements de femmes remboursent mieux leurs prêts au logement que les clients des banques. Reconnaissez-les comme partenaires.
P3|t|c|climate,land|Le climat sert parfois de prétexte aux expulsions : « zone à risque », puis le terrain est revendu.
P4|t|c|governance|La participation se limite trop souvent à un atelier de validation. Les habitants doivent être associés quand les décisions sont encore ouvertes.
P5|o|c|crisis,migration|Les familles déplacées s'installent dans les quartiers informels et y restent. Il faut les considérer comme des habitants.
-|w|c|governance|Ces consultations se tiennent souvent en anglais. Beaucoup de nos membres ne peuvent pas y participer ; prévoyez l'interprétation.
-|o|c|youth|La moitié des habitants de nos villes a moins de vingt-cinq ans. La jeunesse doit traverser les cinq priorités.
E1|o|c|basic services,informal settlements|L'eau et l'assainissement dans les quartiers précaires devraient être la première promesse.
"""

ARABIC = """
P1|w|m|housing,finance|برامج الإسكان الاجتماعي لدينا تصل إلى موظفي الحكومة، لكنها لا تصل إلى العاملين في القطاع غير الرسمي، وهم غالبية سكان المدن.
P1|o|m|housing,land|الأراضي العامة هي أكبر دعم يمكن أن تقدمه الحكومة للإسكان. نحتاج إلى دعم فني لحصرها واستخدامها بشكل أفضل.
P1|s|m|housing,informal settlements|أثبتت تجربتنا في تطوير المناطق غير الآمنة أن الإرادة السياسية والتمويل المستدام يحققان نتائج ملموسة، ونحن مستعدون لمشاركة هذه التجربة.
P1|t|m|housing,finance|ارتفعت تكاليف مواد البناء كثيراً في السنوات الأخيرة، وأي هدف للسكن الميسور يجب أن يأخذ ذلك في الاعتبار.
P1|-|m|housing,basic services|السكن الملائم يعني أيضاً المياه والصرف الصحي والمواصلات، وليس مجرد جدران وسقف.
P2|o|m|finance,intermediate cities|المدن المتوسطة تنمو بسرعة لكنها لا تحصل على التمويل الكافي. نقترح نافذة تمويل مخصصة لها.
P2|w|m|finance|لدينا دراسات تشخيصية كثيرة عن المالية البلدية، لكن ما نحتاجه هو المساعدة في إيصال مشروع واحد إلى مرحلة التمويل الفعلي.
P2|t|m|finance|ارتفاع أسعار الفائدة جعل القروض طويلة الأجل للبنية التحتية شبه مستحيلة خلال العامين الماضيين.
P2|-|m|finance,youth|الشباب ثروة فقط إذا توفرت لهم فرص العمل. قطاع البناء والاقتصاد الأخضر يمكن أن يستوعبا أعداداً كبيرة منهم.
P3|t|m|climate,resilience|ندرة المياه وموجات الحر تهدد مدننا مباشرة، والتكيف بالنسبة لنا ليس مسألة مستقبلية.
P3|o|m|climate,housing|كودات البناء هي أقوى أداة لدينا لخفض الانبعاثات، ونرحب بالدعم لتحديثها وتطبيقها.
P3|-|m|climate|يجب ألا يصبح العمل المناخي شرطاً يؤخر حصول الفقراء على السكن والخدمات الأساسية.
P3|o|m|climate,nature|الحلول القائمة على الطبيعة، مثل الأحزمة الخضراء، أقل تكلفة من كثير من المشروعات الخرسانية.
P4|s|m|localisation,governance|الحوكمة المتعددة المستويات هي المجال الذي يتميز فيه موئل الأمم المتحدة عن غيره من الوكالات.
P4|w|m|governance,land|النهج الحكومي الشامل سهل على الورق وصعب في التطبيق؛ لدينا عدة وزارات تتقاسم الصلاحيات على الأراضي الحضرية.
P4|o|m|data|نحتاج إلى بيانات سكانية موثوقة على مستوى المدينة، بالتعاون مع الأجهزة الوطنية للإحصاء.
P4|t|m|governance|إذا توسعت الخطة في مجالات كثيرة فلن يكون من الممكن قياس نتائجها. نؤيد مبدأ التركيز وتحديد الأولويات.
P4|o|m|localisation|توطين أهداف التنمية المستدامة يجب أن يكون الخيط الذي يربط الأولويات الخمس معاً.
P5|s|m|crisis,partnerships|كان دعم البرنامج لخطة إعادة الإعمار في مدينتنا حاسماً؛ بقي الفريق على الأرض وعمل مع مهندسينا.
P5|t|m|crisis,migration|المدن المستضيفة للنازحين واللاجئين لا تحصل على أي ميزانية إضافية عندما يزداد عدد سكانها فجأة، وهذا يهدد التماسك الاجتماعي.
P5|o|m|crisis,migration|معظم النازحين يعيشون في المدن وليس في المخيمات، ويجب أن تعكس الخطة هذا الواقع.
P5|-|m|crisis,resilience,land|إعادة البناء بشكل أفضل تتطلب سجلات عقارية محدثة؛ بعد الكارثة لم يتمكن كثير من المالكين من إثبات ملكيتهم.
P5|w|m|crisis,climate|يجب أن تشمل أولوية الأزمات الأزمات البطيئة مثل الجفاف الذي يدفع آلاف الأسر إلى المدن كل عام.
B|-|m|crisis|منحنا أكبر عدد من النقاط للاستجابة للأزمات، لأن منطقتنا تعيش آثار النزاعات والنزوح يومياً.
E3|s|m|migration,crisis|نقطة الدخول المتعلقة بالهجرة والنزوح أساسية بالنسبة لمنطقتنا.
-|s|m|governance|نشكر الأمانة على شفافية عملية التشاور وإشراك الدول الأعضاء في مرحلة مبكرة.
-|w|m|governance|التقارير المقدمة إلى الدول الأعضاء ما زالت تصل بعد مواعيد مناقشات الميزانية لدينا.
-|o|m|partnerships|ينبغي إبراز التعاون بين بلدان الجنوب، فقد تعلمنا من جيراننا أكثر مما تعلمنا من النماذج البعيدة.
-|s|c|informal settlements|موئل الأمم المتحدة هو الباب الوحيد في الأمم المتحدة الذي يمكن للمجتمع المدني في منطقتنا أن يطرقه في قضايا السكن.
P1|t|c|housing,land|بدون أمن الحيازة لا ينجح أي شيء آخر. ما زالت عمليات الإخلاء تجري باسم تجميل المدينة.
P3|o|c|climate,youth|الشباب ينظمون بالفعل حملات التشجير والتنظيف. امنحوهم دوراً رسمياً في لجان المناخ المحلية.
P4|o|u|localisation,partnerships|نظام المنسقين المقيمين قناة لا يستخدمها البرنامج بما يكفي؛ ينبغي أن تكون القضايا الحضرية حاضرة في كل إطار تعاون.
P5|t|u|crisis,climate|الصدمات المناخية والنزاعات تصيب الآن المدن نفسها، والبرامج المنفصلة لن تكون كافية.
"""

CHINESE = """
P4|s|m|localisation,governance|多层级治理是人居署的独特优势，新战略计划应继续加强与地方政府的合作。
P3|o|m|climate,housing|我们愿意分享绿色建筑和既有住房节能改造方面的经验，希望通过南南合作平台推广。
P1|o|m|housing,finance|保障性住房需要稳定的长期资金，建议战略计划加强住房金融方面的政策指导。
P2|o|m|intermediate cities,urban-rural|中小城市和县城是城镇化的重要载体，应在融资和规划支持上给予更多关注。
P4|o|a|data,digital|城市数据和数字化平台可以提升规划决策水平，但要重视数据安全和个人信息保护。
-|s|u|data|人居署在城市可持续发展监测方面的规范性工作得到联合国系统的广泛认可。
P3|w|a|climate,data|许多城市的气候行动计划缺乏成本测算，难以转化为具体的投资项目。
P5|o|u|crisis,resilience|灾后重建应将韧性理念纳入国土空间规划，而不只是短期安置。
E1|-|m|basic services|“公平繁荣”这一切入点很好，住房、基础设施和基本公共服务应统筹考虑。
-|o|a|capacity,partnerships|建议与高校建立长期合作，开展城市规划人才培养和联合研究。
"""
