/** Dossiers: the topic definition every stage reads. */
export { DossierError, loadDossier, parseDossier } from "./load.js";
