"""Every fact of shared/seeds/FACTS.md, seed by seed, through SPARQL on the built graph."""

from __future__ import annotations

ID = "https://w3id.org/civicgraph/id/"
CLERMONT, POITIERS, AMP, LA27 = (f"{ID}organisation/{k}" for k in ("clermont-ferrand", "poitiers", "aix-marseille-provence", "la-27e-region"))
S000 = f"{ID}seance/clermont-ferrand/conseil-municipal/2021-03-05"
S001 = f"{ID}seance/clermont-ferrand/conseil-municipal/2021-05-07"
S002 = f"{ID}seance/poitiers/conseil-municipal/2022-06-27"
S003 = f"{ID}seance/aix-marseille-provence/bureau/2023-12-07"
S004 = f"{ID}seance/la-27e-region/assemblee-generale/2024-06-06"


def names(seeds, query):
    return sorted(set(seeds.values(query)))


def people(seeds, seance, status, mode=None):
    extra = f'; cg:modalite "{mode}"' if mode else ""
    return names(seeds, f'SELECT DISTINCT ?n WHERE {{ ?x cg:seance <{seance}> ; cg:statut "{status}" {extra} ; cg:personne/rdfs:label ?n }}')


def proxies(seeds, seance):
    return sorted(seeds.rows(f"""
        SELECT DISTINCT ?giver ?holder ?from ?to WHERE {{ ?p a cg:Pouvoir ; cg:seance <{seance}> ;
          cg:mandant/rdfs:label ?giver ; cg:mandataire/rdfs:label ?holder .
          OPTIONAL {{ ?p cg:depuisPoint ?from }} OPTIONAL {{ ?p cg:jusquAuPoint ?to }} }}"""))


def movements(seeds, seance):
    return sorted(seeds.rows(f"""
        SELECT DISTINCT ?who ?kind ?point WHERE {{ ?m a cg:Mouvement ; cg:seance <{seance}> ;
          cg:personne/rdfs:label ?who ; cg:typeMouvement ?kind . OPTIONAL {{ ?m cg:pointOrdreDuJour ?point }} }}"""))


# -- 000: Clermont-Ferrand, 5 March 2021, rapport n° 9 -------------------------------------------
def test_000_seance_roll_and_secretary(seeds):
    assert len(people(seeds, S000, "présent")) == 55
    assert people(seeds, S000, "excusé") == [] and people(seeds, S000, "absent") == []
    assert seeds.values(f"SELECT DISTINCT ?n WHERE {{ <{S000}> cg:secretaire/rdfs:label ?n }}") == ["Alexis BLONDEAU"]
    assert seeds.values(f"SELECT DISTINCT ?n WHERE {{ <{S000}> cg:convoquePar/rdfs:label ?n }}") == ["Olivier BIANCHI"]


def test_000_movements_and_proxies(seeds):
    assert movements(seeds, S000) == [
        ("Anne-Laure STANISLAS", "départ", "2"), ("Anne-Laure STANISLAS", "retour", "4"),
        ("Dominique BRIAT", "départ", "4"), ("Marion CANALES", "arrivée", "2"),
        ("Stanislas RENIÉ", "départ", "2"), ("Stanislas RENIÉ", "retour", "5"), ("Wendy LAFAYE", "absence", "46")]
    assert proxies(seeds, S000) == [
        ("Anne-Laure STANISLAS", "Marion BARRAUD", "2", "4"), ("Dominique BRIAT", "Nicaise JOSEPH", "4", None),
        ("Stanislas RENIÉ", "Eric FAIDY", "2", "5")]
    # "RENIE" in the movements is the "RENIÉ" of the presence list
    assert seeds.values("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a cg:Personne ; cg:nomFamille ?f FILTER(STRSTARTS(?f, \"REN\")) }") == ["1"]


def test_000_decision_and_certification(seeds):
    d = f"{ID}deliberation/clermont-ferrand/conseil-municipal/2021-03-05/9"
    articles = names(seeds, f"SELECT ?a WHERE {{ <{d}> cg:article ?a }}")
    assert articles == ["d'adhérer à la 27ème Région", "d'autoriser Monsieur le Maire à effectuer toute démarche nécessaire à cette adhésion.",
                        "de régler l'adhésion de 5 000 euros pour l'année 2021"]
    assert seeds.rows(f"SELECT DISTINCT ?date ?place ?who ?quality WHERE {{ <{d}> cg:dateCertification ?date ; cg:lieuCertification ?place ; cg:signataire/rdfs:label ?who ; cg:qualiteSignataire ?quality }}") == [
        ("2021-03-12", "Clermont-Ferrand", "Anne-Laure STANISLAS", "Adjointe")]


def test_000_mentions(seeds):
    mentioned = names(seeds, f"SELECT ?n WHERE {{ <{ID}document/000-8631124937c3ca60> cg:mentionne/cg:nom ?n }}")
    assert {"CARE", "Budget carbone"} <= set(mentioned)
    assert seeds.ask('?p cg:nom "CARE" ; cg:description ?d FILTER(CONTAINS(?d, "comptabilité"))')
    assert stages(seeds, "000-8631124937c3ca60") == [("déploiement", "2022")]


def test_000_and_001_speak_of_one_new_direction(seeds):
    """000 announces "une nouvelle direction … en charge de l'innovation publique, de la participation
    citoyenne et de l'évaluation des politiques publiques"; 001 creates it and names it."""
    rows = seeds.rows(f"""SELECT DISTINCT ?s ?g WHERE {{ GRAPH ?g {{ ?s a cg:Service ; cg:organisationParente <{CLERMONT}> ;
        cg:description ?d FILTER(CONTAINS(?d, "de l'évaluation des politiques publiques")) }} }}""")
    assert sorted(g.rsplit("/", 1)[1] for _, g in rows) == ["000-8631124937c3ca60", "001-8f2b548ca8d94996"]
    assert len({s for s, _ in rows}) == 1
    direction = rows[0][0]
    assert seeds.values(f"SELECT ?n WHERE {{ <{direction}> cg:nom ?n }}") == ["Direction de l'Innovation et de la Participation"]
    # every later naming in 001 is the same direction, so its principles are too: one direction, one IRI
    assert seeds.values("SELECT DISTINCT ?s WHERE { ?s cg:nom \"Direction de l'Innovation et de la Participation\" }") == [direction]
    assert len(seeds.values(f"SELECT DISTINCT ?p WHERE {{ <{direction}> cg:principeAction ?p }}")) == 7


# -- 001: Clermont-Ferrand, 7 May 2021, rapport n° 40 --------------------------------------------
def test_001_roll(seeds):
    assert len(people(seeds, S001, "présent")) == 54
    assert people(seeds, S001, "excusé") == ["Jérôme GODARD"]
    assert seeds.values(f"SELECT DISTINCT ?n WHERE {{ <{S001}> cg:secretaire/rdfs:label ?n }}") == ["Wendy LAFAYE"]
    assert seeds.rows(f"SELECT ?c WHERE {{ <{S001}> cg:dateConvocation ?c }}") == [("2021-04-30",)]


def test_001_movements_and_proxies(seeds):
    assert movements(seeds, S001) == [
        ("Alparslan COSKUN", "arrivée", "1"), ("Alparslan COSKUN", "départ", "4"), ("Diego LANDIVAR", "arrivée", "1"),
        ("Fatima CHENNOUF-TERRASSE", "arrivée", "1"), ("Géraldine BASTIEN", "arrivée", "7"), ("Lucie MIZOULE", "départ", "21"),
        ("Sylviane TARDIEU", "départ", "38"), ("Sylviane TARDIEU", "retour", None), ("Valérie BERNARD", "arrivée", "4"),
        ("Vincent SOULIGNAC", "arrivée", "2")]
    assert proxies(seeds, S001) == [
        ("Alparslan COSKUN", "Marianne MAXIMI", "4", None), ("Géraldine BASTIEN", "Jean-Pierre BRENAS", None, "7"),
        ("Jérôme GODARD", "Christine DULAC ROUGERIE", None, None), ("Lucie MIZOULE", "Pierre MIQUEL", "21", None),
        ("Valérie BERNARD", "Cécile AUDET", None, "4"), ("Vincent SOULIGNAC", "Thomas WEIBEL", None, "2")]


def stages(seeds, document):
    return sorted(seeds.rows(f"""SELECT ?what ?year WHERE {{ GRAPH <{ID}document/{document}> {{
        ?e a cg:Etape ; cg:programme/cg:nom "Budget carbone" ; cg:organisation <{CLERMONT}> ; cg:description ?what
        OPTIONAL {{ ?e cg:annee ?year }} }} }}"""), key=lambda r: (r[1] or "", r[0]))


def test_001_budget_carbone_stages_and_principles_of_action(seeds):
    # "un état des lieux à partir du Compte Administratif 2020, un Budget carbone en version « beta »
    # pour 2022, avec une « certification citoyenne », et version complète en 2023": the baseline has no date
    assert stages(seeds, "001-8f2b548ca8d94996") == [
        ("état des lieux à partir du Compte Administratif 2020", None),
        ("version « beta », avec une « certification citoyenne »", "2022"), ("version complète", "2023")]
    principles = seeds.values('SELECT ?p WHERE { ?s cg:nom "Direction de l\'Innovation et de la Participation" ; cg:principeAction ?p }')
    assert len(principles) == 7
    assert {p.split(" : ")[0] for p in principles} == {
        "la primauté de l'utilisateur", "l'ouverture", "la coproduction", "l'action", "l'agilité", "l'expérimentation", "l'impact"}
    assert "l'agilité : tester rapidement sur le terrain" in principles


def test_001_service_projects_and_truncated_signature(seeds):
    assert seeds.ask(f"?s a cg:Service ; cg:nom \"Direction de l'Innovation et de la Participation\" ; cg:organisationParente <{CLERMONT}>")
    mentioned = set(seeds.values(f"SELECT ?n WHERE {{ <{ID}document/001-8f2b548ca8d94996> cg:mentionne/cg:nom ?n }}"))
    assert {"Budget carbone", "Budget participatif", "Projet d'administration", "Assises de la démocratie locale",
            "Fonds de participation des habitants", "cartographie des innovations", "droit d'interpellation",
            "Conseil des habitant.e.s", "Conseil des jeunes"} <= mentioned
    # "avec la DDDE, la DFCG et la DPB", then "Un partenariat à structurer avec I4C et la 27eme Région."
    assert names(seeds, "SELECT ?n WHERE { ?p cg:nom \"Budget carbone\" ; cg:partenaire/rdfs:label ?n }") == ["DDDE", "DFCG", "DPB", "I4C", "La 27e Région"]
    d = f"{ID}deliberation/clermont-ferrand/conseil-municipal/2021-05-07/40"
    # "Charles-André DU", cut short, is the Charles-André DUBREUIL of the presence list
    signer = seeds.values(f"SELECT ?s WHERE {{ <{d}> cg:signataire ?s }}")
    assert signer == [f"{ID}personne/clermont-ferrand/charles-andre-dubreuil"]
    assert seeds.ask(f"?x cg:seance <{S001}> ; cg:personne <{signer[0]}> ; cg:statut \"présent\"")
    assert seeds.rows(f"SELECT ?d WHERE {{ <{d}> cg:dateCertification ?d }}") == [("2021-05-21",)]


# -- 002: Poitiers, 27 June 2022 -----------------------------------------------------------------
def test_002_form(seeds):
    d = f"{ID}deliberation/poitiers/conseil-municipal/2022-06-27/26"
    assert seeds.rows(f"SELECT ?r WHERE {{ <{d}> cg:rapporteur/rdfs:label ?r }}") == [("Théo SAGET",)]
    assert seeds.rows(f"SELECT ?c WHERE {{ <{d}> cg:commission/cg:nom ?c }}") == [("Commission Démocratie, citoyenneté et fonctionnement institutionnel",)]
    assert seeds.ask(f"<{d}> cg:serviceReferent ?s . ?s a cg:Service ; cg:nom ?n FILTER(CONTAINS(?n, \"Pilotage - Innovation - Modernisation - Évaluation\"))")
    assert seeds.rows(f"SELECT ?l WHERE {{ <{d}> cg:libelleMatiere ?l }}") == [("Divers",)]
    withdrawn = names(seeds, f"SELECT ?n WHERE {{ ?d cg:seance <{S002}> ; cg:statut \"retirée\" ; cg:numero ?n }}")
    assert withdrawn == ["20", "63"]
    assert len(names(seeds, f"SELECT ?a WHERE {{ <{d}> cg:article ?a }}")) == 4


# -- 003: Métropole Aix-Marseille-Provence, bureau, 7 December 2023 -------------------------------
def test_003_roll(seeds):
    present = people(seeds, S003, "présent")
    assert len(present) == 28 and "Jean-Pierre GIORGI" in present
    assert people(seeds, S003, "représenté") == ["Daniel GAGNON", "Henri PONS"]
    assert people(seeds, S003, "excusé") == ["Emmanuelle CHARAFE", "Frédéric VIGOUROUX", "Laurent SIMON", "Michel ROUX", "Éric LE DISSES"]
    assert proxies(seeds, S003) == [("Daniel GAGNON", "Nicolas ISNARD", None, None), ("Henri PONS", "Catherine PILA", None, None)]
    assert seeds.values(f"SELECT ?n WHERE {{ <{S003}> cg:nombrePresents ?n }}") == ["28"]


def test_003_legal_bases_budget_and_signatory(seeds):
    d = f"{ID}deliberation/aix-marseille-provence/bureau/2023-12-07/chl-057-15099-23-bm"
    cited = seeds.rows(f"SELECT ?r ?date WHERE {{ <{d}> cg:vise ?t . ?t cg:reference ?r OPTIONAL {{ ?t cg:date ?date }} }} ORDER BY ?r")
    assert cited == [
        ("Code Général des Collectivités Territoriales", None),
        ("délibération n° 011-1846/17/CM", "2017-03-30"), ("délibération n° FBPA 033-10482/21/CM", "2021-10-07"),
        ("délibération n° FBPA 033-8303/20/CM", "2020-07-31"), ("délibération n° HN 001-8073/20/CM", "2020-07-17"),
        ("loi n° 2014-173", "2014-02-21"), ("loi n° 2014-58", "2014-01-27"), ("loi n° 2015-991", "2015-08-07")]
    assert seeds.rows(f"SELECT ?s WHERE {{ ?a cg:decidePar <{d}> ; cg:imputationSousPolitique ?s }}") == [("D110",)]
    assert seeds.rows(f"SELECT ?who ?q WHERE {{ <{d}> cg:signataire/rdfs:label ?who ; cg:qualiteSignataire ?q }}") == [("Martial ALVAREZ", "Vice-Président Délégué")]
    assert seeds.rows("SELECT ?d WHERE { ?m cg:personne/rdfs:label \"Martial ALVAREZ\" ; cg:delegation ?d }") == [
        ("Emploi, cohésion sociale et territoriale, Insertion et relation avec le GPMM",)]
    assert {"Contrat du futur", "Plan AMP 2R", "SPASER", "Politique de la Ville"} <= set(
        seeds.values(f"SELECT ?n WHERE {{ <{ID}document/003-7d5e4a2d1a0197dc> cg:mentionne/cg:nom ?n }}"))


# -- 004: La 27e Région, general assembly, 6 June 2024 -------------------------------------------
def test_004_participants_and_affiliations(seeds):
    assert len(people(seeds, S004, "présent", "sur place")) == 18
    assert len(people(seeds, S004, "présent", "visioconférence")) == 17
    assert people(seeds, S004, "excusé") == ["Anne-Laure STANISLAS"]
    assert seeds.rows(f"SELECT ?o WHERE {{ ?x cg:seance <{S004}> ; cg:personne/rdfs:label \"Jean-Damien COLOMBEAU\" ; cg:representeOrganisation ?o }}") == [(CLERMONT,)]
    assert seeds.rows("SELECT ?o WHERE { ?p rdfs:label \"Nolwenn ANIER\" ; cg:affiliation/rdfs:label ?o }") == [("Métropole européenne de Lille",)]
    staff = names(seeds, f"SELECT ?n WHERE {{ ?m cg:role \"membre de l'équipe\" ; cg:organisation <{LA27}> ; cg:personne/cg:prenom ?n }}")
    assert staff == ["Adrien", "Anne", "Brune", "Chloé", "Jean", "Manon", "Mattéo", "Nadège", "Stéphane", "Sylvine"]


def test_004_board_auditors_and_signatures(seeds):
    board = names(seeds, f"SELECT ?n WHERE {{ ?m cg:role \"administrateur\" ; cg:organisation <{LA27}> ; cg:personne/rdfs:label ?n }}")
    assert board == ["Aissia KERKOUB-TURK", "Anne-Louise NÈGRE", "Daym BEN HAMIDI", "Jean-Damien COLOMBEAU", "Manon LOISEL", "Thomas DELAHAIS"]
    assert seeds.rows("SELECT ?o WHERE { ?m cg:personne/rdfs:label \"Jean-Damien COLOMBEAU\" ; cg:role \"directeur innovation et participation\" ; cg:organisation ?o }") == [(CLERMONT,)]
    auditors = seeds.rows(f"SELECT DISTINCT ?firm ?role ?until WHERE {{ ?m cg:organisation <{LA27}> ; cg:membre/rdfs:label ?firm ; cg:role ?role ; cg:jusquAExercice ?until }} ORDER BY ?role")
    assert auditors == [("ARIANE CONSULTING", "commissaire aux comptes suppléant", "2029"), ("PRAXOR AUDIT", "commissaire aux comptes titulaire", "2029")]
    assert seeds.ask("?m cg:personne/rdfs:label \"Florent GESBERT\" ; cg:role \"commissaire aux comptes suppléant\" ; cg:finLe \"2024-06-06\"^^xsd:date")
    signers = names(seeds, f"SELECT ?n WHERE {{ ?m cg:organisation <{LA27}> ; cg:role ?r ; cg:personne/rdfs:label ?n FILTER(STRSTARTS(?r, \"co-représentant\")) }}")
    assert signers == ["Frédérique PALLEZ", "Jean-Marie BERGÈRE"]


def test_004_decisions_and_finances(seeds):
    results = seeds.rows(f"SELECT ?t ?r WHERE {{ ?d cg:seance <{S004}> ; cg:titre ?t . ?v cg:deliberation ?d ; cg:resultat ?r }} ORDER BY ?t")
    assert len(results) == 3 and {r for _, r in results} == {"unanimité"}
    assert any("grille d'adhésion 2024" in t for t, _ in results)
    figures = dict(((n, int(y)), v) for n, y, v in seeds.rows(f"SELECT ?n ?y ?v WHERE {{ ?f cg:organisation <{LA27}> ; cg:nature ?n ; cg:exercice ?y ; cg:montant ?v }}"))
    assert figures == {
        ("résultat", 2023): "4776", ("volume d'activité", 2023): "830000", ("volume d'activité", 2022): "750000",
        ("partenariat", 2023): "70000", ("produits des adhésions", 2023): "177000",
        ("dette carbone irrécouvrable", 2023): "1750", ("dette carbone compensable", 2023): "2154",
        ("intéressement", 2023): "4776", ("provision pour risques", 2023): "35000", ("résultat prévisionnel", 2024): "16000"}
    assert seeds.rows("SELECT ?o WHERE { ?f cg:nature \"partenariat\" ; cg:annuel true ; cg:financeur ?o }") == [(f"{ID}organisation/ditp",)]


def test_004_programmes_and_members_projects(seeds):
    mentioned = set(seeds.values(f"SELECT ?n WHERE {{ <{ID}document/004-8554f40af4c7becc> cg:mentionne/cg:nom ?n }}"))
    assert {"Nouvelles Mesures", "Rebonds", "Tronc commun", "Repousser les frontières de l'innovation publique", "Les Labonautes",
            "Nouveaux Accords", "TIGA", "La Transfo", "Territoires en commun", "(Dé)formations", "Décision publique & sobriété",
            "CARE", "COPILote", "La Piste", "Marque employeur", "expédition sciences comportementales"} <= mentioned
    carriers = dict(seeds.rows("SELECT ?p ?c WHERE { ?x cg:nom ?p ; cg:portePar/rdfs:label ?c FILTER(?c != \"La 27e Région\") }"))
    assert carriers["Marque employeur"] == "Région Occitanie"
    assert carriers["expédition sciences comportementales"] == "Métropole européenne de Lille"


def test_004_la_piste_founders_and_the_researchers_of_rebonds(seeds):
    # "créé par la Ville et le CCAS de Grenoble, Grenoble Alpes Métropole et le Département de l'Isère"
    founders = names(seeds, 'SELECT ?n WHERE { ?p cg:nom "La Piste" ; cg:fondePar/rdfs:label ?n }')
    assert founders == ["CCAS de Grenoble", "Département de l'Isère", "Grenoble-Alpes Métropole", "Ville de Grenoble"]
    # the ontology makes founders carriers
    assert set(founders) <= set(names(seeds, 'SELECT ?n WHERE { ?p cg:nom "La Piste" ; cg:portePar/rdfs:label ?n }'))
    # "Magali Talandier et Gabriel Renault ([laboratoire Pacte](#) à Grenoble)"
    researchers = seeds.rows("""SELECT DISTINCT ?n ?lab WHERE { ?p cg:nom "Rebonds" ; cg:participant ?r .
        ?r a cg:Personne ; rdfs:label ?n ; cg:affiliation ?l . ?l rdfs:label ?lab ; a cg:EtablissementRecherche }""")
    assert sorted(researchers) == [("Gabriel RENAULT", "laboratoire Pacte"), ("Magali TALANDIER", "laboratoire Pacte")]


# -- across documents ----------------------------------------------------------------------------
def test_cross_references(seeds):
    members = names(seeds, f"SELECT ?n WHERE {{ ?a cg:association <{LA27}> ; cg:membre/rdfs:label ?n }}")
    assert len(members) == 6
    stanislas = f"{ID}personne/clermont-ferrand/anne-laure-stanislas"
    assert seeds.ask(f"?d cg:signataire <{stanislas}>") and seeds.ask(f"?x cg:seance <{S004}> ; cg:personne <{stanislas}> ; cg:statut \"excusé\"")
    budget = seeds.values("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d cg:mentionne/cg:nom \"Budget carbone\" }")
    assert budget == ["3"]


def test_what_la_27e_region_is_and_what_its_members_run(seeds):
    described = set(seeds.values(f"SELECT ?d WHERE {{ <{LA27}> cg:description ?d }}"))
    assert described == {"laboratoire de transformation publique", "association regroupant plus d'une trentaine de collectivités locales françaises"}
    carriers = set(seeds.rows("SELECT ?p ?c WHERE { ?x cg:nom ?p ; cg:portePar/rdfs:label ?c }"))
    assert ("COPILote", "Partie Prenante") in carriers
    participants = set(seeds.rows("SELECT ?p ?c WHERE { ?x cg:nom ?p ; cg:participant/rdfs:label ?c }"))
    assert {("Rebonds", "Métropole européenne de Lille"), ("Rebonds", "Rennes Métropole")} <= participants


def test_the_answer_to_a_question_about_a_programme_speaks_of_it(seeds):
    rows = seeds.rows("""SELECT DISTINCT ?amount ?currency ?partner WHERE {
        ?p cg:nom "Repousser les frontières de l'innovation publique" ; cg:montant ?amount ; cg:devise ?currency ; cg:partenaire/rdfs:label ?partner }""")
    assert rows == [("5000", "USD", "Université de la Colombie-Britannique")]
    assert seeds.ask('?o rdfs:label "Université de la Colombie-Britannique" ; cg:nomAlternatif "université de Colombie britannique" ; a cg:EtablissementRecherche')
