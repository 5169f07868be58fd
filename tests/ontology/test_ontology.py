"""The OWL ontology: it parses, declares the vocabulary the readers write, explains every term in
French and English, aligns with the standard vocabularies, and lets OWL-RL draw only true conclusions.

The readers (ingest/, civicgraph/) are written against the term names listed below: renaming one
breaks them, so the list is the contract. OWL-RL types every subject by the domain of its properties;
a domain on a property that several classes share would give resources types they do not have, which
the last tests catch on a graph that uses every property (tests/shapes/cases/valid.ttl).
"""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "civicgraph.ttl"
SHAPES_FILE = ROOT / "shapes" / "civicgraph.shapes.ttl"
VALID = ROOT / "tests" / "shapes" / "cases" / "valid.ttl"

CG = Namespace("https://w3id.org/civicgraph/ontology#")
ONTOLOGY = URIRef("https://w3id.org/civicgraph/ontology")
ID = Namespace("https://w3id.org/civicgraph/id/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
VANN = Namespace("http://purl.org/vocab/vann/")
SH = Namespace("http://www.w3.org/ns/shacl#")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
ELI_DL = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")

CLASSES = """Organisation Collectivite Commune Metropole Departement Region Intercommunalite Association
    AdministrationEtat Entreprise EtablissementRecherche Service Organe Personne Elu Mandat Seance Participation
    Pouvoir Mouvement Deliberation Vote Adhesion Programme Etape FaitFinancier Document Extrait TexteJuridique
    Syndicat CentreActionSociale EtablissementPublicLocal Decision""".split()
OBJECT_PROPERTIES = """wikidata organisationParente organisation affiliation personne organe convoquePar president
    secretaire seance representeOrganisation mandant mandataire rapporteur commission serviceReferent vise
    signataire deliberation nonParticipant membre association decidePar portePar participant partenaire financeur
    experimenteA fondePar programme document mentionne contexteIdentification auteur renduCompteDans suppleantDe presidentSuivant
    votantPour votantContre votantAbstention matiere""".split()
DATATYPE_PROPERTIES = """nom nomAlternatif motifIdentification codeInsee siren siret verifie verifieSelon prenom nomFamille role delegation attesteLe
    finLe jusquAExercice date debut fin lieu modalite dateConvocation quorum membresEnExercice nombrePresents statut
    depuisPoint jusquAuPoint typeMouvement pointOrdreDuJour moment numero identifiant titre codeMatiere
    libelleMatiere article qualiteSignataire dateCertification lieuCertification resultat pour contre abstention
    annee cotisation devise imputationChapitre imputationNature imputationFonction imputationSousPolitique
    renouvellement description exercice nature montant approximatif annuel nomFichier empreinte confianceOcr genre
    partie positionDansFichier finDansFichier
    positionDebut positionFin citation reference principeAction dateEnTete motifDate conflit depuisHeure jusquAHeure depuisActe
    jusquAActe nombreRepresentes nombrePouvoirs nombreVotants nombreAbsents nombreParticipantsVote nombreMembres
    nombreAdherents heureVote imputationCompte initiales dateTransmission controleLegalite budgetAnnee budgetNom
    effectifTheorique effectifReel ligne colonne motifRapprochement profil
    identifiantActes dateReception datePublication dateAffichage""".split()
# Used by several classes: a domain would mistype some of their subjects.
SHARED = """nom nomAlternatif description date titre organisation personne seance statut modalite annee montant
    devise financeur membre numero dateTransmission""".split()
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


def declared(graph: rdflib.Graph) -> set:
    return {s for kind in KINDS for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(CG))}


def closure(*graphs: rdflib.Graph) -> rdflib.Graph:
    graph = rdflib.Graph()
    for g in graphs:
        graph += g
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def test_the_ontology_describes_itself(ontology):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY, OWL.versionIRI) == URIRef("https://w3id.org/civicgraph/ontology/0.1.0")
    assert ontology.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description):
        assert {o.language for o in ontology.objects(ONTOLOGY, prop)} == {"fr", "en"}
    assert isinstance(ontology.value(ONTOLOGY, DCTERMS.license), URIRef)
    assert "EUPL-1.2" in str(ontology.value(ONTOLOGY, DCTERMS.license))
    assert ontology.value(ONTOLOGY, DCTERMS.creator) == Literal("civicgraph contributors")
    assert ontology.value(ONTOLOGY, DCTERMS.created) == Literal("2026-11-23", datatype=XSD.date)
    assert ontology.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("cg")
    assert str(ontology.value(ONTOLOGY, VANN.preferredNamespaceUri)) == str(CG)


@pytest.mark.parametrize(("kind", "names"), [(OWL.Class, CLASSES), (OWL.ObjectProperty, OBJECT_PROPERTIES), (OWL.DatatypeProperty, DATATYPE_PROPERTIES)],
                         ids=["classes", "object-properties", "datatype-properties"])
def test_the_vocabulary_the_readers_write_is_declared(ontology, kind, names):
    assert [name for name in names if (CG[name], RDF.type, kind) not in ontology] == []


def test_every_term_has_one_kind_and_nothing_else_is_in_the_namespace(ontology):
    terms = declared(ontology)
    assert [str(t) for t in terms if sum((t, RDF.type, kind) in ontology for kind in KINDS) != 1] == []
    mentioned = {n for triple in ontology for n in triple if isinstance(n, URIRef) and str(n).startswith(str(CG))}
    assert mentioned - terms == set()
    assert terms == {CG[name] for name in CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES}, "a new term: add it to the lists above"


def test_every_term_has_a_label_and_a_comment_in_french_and_english(ontology):
    missing = []
    for term in declared(ontology):
        for prop in (RDFS.label, RDFS.comment):
            languages = sorted(o.language for o in ontology.objects(term, prop))
            if languages != ["en", "fr"]:
                missing.append((str(term), str(prop), languages))
    assert missing == []


def test_ranges_fit_the_kind_of_property(ontology):
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        ranges = list(ontology.objects(prop, RDFS.range))
        assert len(ranges) == 1 and str(ranges[0]).startswith(str(XSD)), prop
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        assert not any(str(r).startswith(str(XSD)) for r in ontology.objects(prop, RDFS.range)), prop


def test_properties_shared_by_several_classes_have_no_domain(ontology):
    assert [name for name in SHARED if (CG[name], RDFS.domain, None) in ontology] == []


@pytest.mark.parametrize(("subject", "predicate", "obj"), [
    (CG.Organisation, RDFS.subClassOf, ORG.Organization),
    (CG.Organisation, RDFS.subClassOf, FOAF.Organization),
    (CG.Organisation, RDFS.subClassOf, SCHEMA.Organization),
    (CG.Collectivite, RDFS.subClassOf, CG.Organisation),
    (CG.Commune, RDFS.subClassOf, CG.Collectivite),
    (CG.Service, RDFS.subClassOf, CG.Organisation),
    (CG.Organe, RDFS.subClassOf, ORG.OrganizationalUnit),
    (CG.Personne, RDFS.subClassOf, FOAF.Person),
    (CG.Personne, RDFS.subClassOf, SCHEMA.Person),
    (CG.Personne, RDFS.subClassOf, PROV.Agent),
    (CG.Elu, RDFS.subClassOf, CG.Personne),
    (CG.Mandat, RDFS.subClassOf, ORG.Membership),
    (CG.Mandat, SKOS.closeMatch, MANDAAT.Mandataris),
    (CG.Adhesion, RDFS.subClassOf, ORG.Membership),
    (CG.Seance, RDFS.subClassOf, SCHEMA.Event),
    (CG.Seance, SKOS.closeMatch, BESLUIT.Zitting),
    (CG.Deliberation, RDFS.subClassOf, PROV.Entity),
    (CG.Deliberation, SKOS.closeMatch, BESLUIT.Besluit),
    (CG.Deliberation, SKOS.closeMatch, ELI_DL.Decision),
    (CG.Vote, SKOS.closeMatch, BESLUIT.Stemming),
    (CG.Programme, RDFS.subClassOf, SCHEMA.Project),
    (CG.Document, RDFS.subClassOf, PROV.Entity),
    (CG.Document, RDFS.subClassOf, FOAF.Document),
    (CG.Extrait, RDFS.subClassOf, PROV.Entity),
    (CG.nom, RDFS.subPropertyOf, SCHEMA.name),
    (CG.prenom, RDFS.subPropertyOf, FOAF.givenName),
    (CG.nomFamille, RDFS.subPropertyOf, FOAF.familyName),
    (CG.organisationParente, RDFS.subPropertyOf, ORG.subOrganizationOf),
    (CG.membre, RDFS.subPropertyOf, ORG.member),
    (CG.association, RDFS.subPropertyOf, ORG.organization),
    (CG.titre, RDFS.subPropertyOf, DCTERMS.title),
    (CG.president, SKOS.closeMatch, BESLUIT.heeftVoorzitter),
    (CG.secretaire, SKOS.closeMatch, BESLUIT.heeftSecretaris),
    (CG.pour, SKOS.closeMatch, ELI_DL.number_of_votes_favor),
    (CG.pour, SKOS.closeMatch, BESLUIT.aantalVoorstanders),
    (CG.contre, SKOS.closeMatch, ELI_DL.number_of_votes_against),
    (CG.contre, SKOS.closeMatch, BESLUIT.aantalTegenstanders),
    (CG.abstention, SKOS.closeMatch, ELI_DL.number_of_votes_abstention),
    (CG.abstention, SKOS.closeMatch, BESLUIT.aantalOnthouders),
])
def test_alignment(ontology, subject, predicate, obj):
    assert (subject, predicate, obj) in ontology


def test_every_term_the_shapes_use_is_declared_with_the_right_kind(ontology):
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    used = {o for o in shapes.objects() if isinstance(o, URIRef) and str(o).startswith(str(CG))}
    assert used - declared(ontology) == set()
    for cls in set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"])):
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    for shape in shapes.subjects(SH.datatype, None):
        path = shapes.value(shape, SH.path)
        if path is not None and str(path).startswith(str(CG)):
            assert (path, RDF.type, OWL.DatatypeProperty) in ontology, path
    for shape in shapes.subjects(SH["class"], None):
        path = shapes.value(shape, SH.path)
        if path is not None and str(path).startswith(str(CG)):
            assert (path, RDF.type, OWL.ObjectProperty) in ontology, path


SAMPLE = """
@prefix cg: <https://w3id.org/civicgraph/ontology#> .
@prefix id: <https://w3id.org/civicgraph/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
id:clermont-ferrand a cg:Commune ; cg:nom "Ville de Clermont-Ferrand" .
id:direction a cg:Service ; cg:organisationParente id:clermont-ferrand .
id:la-27e-region a cg:Association .
id:stanislas a cg:Elu ; cg:prenom "Anne-Laure" ; cg:nomFamille "STANISLAS" .
id:adhesion a cg:Adhesion ; cg:membre id:clermont-ferrand ; cg:association id:la-27e-region ; cg:annee 2021 .
id:cabinet a cg:Entreprise .
id:commissaire a cg:Mandat ; cg:membre id:cabinet ; cg:organisation id:la-27e-region ; cg:role "commissaire aux comptes titulaire" .
id:presence a cg:Participation ; cg:personne id:stanislas ; cg:seance id:seance ; cg:statut "présent" .
id:deliberation a cg:Deliberation ; cg:titre "Adhésion" ; cg:date "2021-03-05"^^xsd:date ; cg:statut "retirée" .
id:poitiers cg:codeInsee "86194" .
"""


@pytest.fixture(scope="module")
def sample_closure(ontology) -> rdflib.Graph:
    return closure(ontology, rdflib.Graph().parse(data=SAMPLE, format="turtle"))


@pytest.mark.parametrize(("subject", "cls"), [
    (ID["clermont-ferrand"], CG.Collectivite),
    (ID["clermont-ferrand"], CG.Organisation),
    (ID["clermont-ferrand"], ORG.Organization),
    (ID["clermont-ferrand"], FOAF.Organization),
    (ID["clermont-ferrand"], SCHEMA.Organization),
    (ID["clermont-ferrand"], PROV.Agent),
    (ID["direction"], CG.Organisation),
    (ID["stanislas"], CG.Personne),
    (ID["stanislas"], FOAF.Person),
    (ID["stanislas"], SCHEMA.Person),
    (ID["stanislas"], PROV.Agent),
    (ID["adhesion"], ORG.Membership),
    (ID["commissaire"], ORG.Membership),
    (ID["seance"], CG.Seance),
    (ID["deliberation"], PROV.Entity),
    (ID["poitiers"], CG.Organisation),
])
def test_owl_rl_entails_the_standard_types(sample_closure, subject, cls):
    assert (subject, RDF.type, cls) in sample_closure


@pytest.mark.parametrize(("subject", "predicate", "obj"), [
    (ID["adhesion"], ORG.member, ID["clermont-ferrand"]),
    (ID["adhesion"], ORG.organization, ID["la-27e-region"]),
    (ID["commissaire"], ORG.member, ID["cabinet"]),
    (ID["direction"], ORG.subOrganizationOf, ID["clermont-ferrand"]),
    (ID["stanislas"], FOAF.familyName, Literal("STANISLAS")),
    (ID["stanislas"], FOAF.givenName, Literal("Anne-Laure")),
    (ID["clermont-ferrand"], SCHEMA.name, Literal("Ville de Clermont-Ferrand")),
    (ID["deliberation"], DCTERMS.title, Literal("Adhésion")),
])
def test_owl_rl_entails_the_standard_properties(sample_closure, subject, predicate, obj):
    assert (subject, predicate, obj) in sample_closure


def test_owl_rl_does_not_mistype_resources_of_shared_properties(sample_closure):
    assert (ID["presence"], RDF.type, ORG.Membership) not in sample_closure
    assert (ID["commissaire"], RDF.type, CG.Adhesion) not in sample_closure
    for subject in (ID["presence"], ID["deliberation"], ID["commissaire"]):
        cg_types = {t for t in sample_closure.objects(subject, RDF.type) if str(t).startswith(str(CG))}
        assert len(cg_types) == 1, (subject, cg_types)


def test_owl_rl_adds_no_cg_type_a_reader_did_not_assert(ontology):
    """On a graph that uses every class and property as the readers do (asserting superclasses too),
    the closure gives no resource a cg: class it did not already have."""
    data = rdflib.Graph().parse(VALID, format="turtle")
    inferred = closure(ontology, data)
    wrong = []
    for subject in set(data.subjects()):
        before = {t for t in data.objects(subject, RDF.type) if str(t).startswith(str(CG))}
        after = {t for t in inferred.objects(subject, RDF.type) if str(t).startswith(str(CG))}
        if after != before:
            wrong.append((str(subject), sorted(str(t) for t in after - before)))
    assert wrong == []
