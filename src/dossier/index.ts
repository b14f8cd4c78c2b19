/** Dossiers: the topic definition every stage reads. */
export {
  DossierError,
  type DossierTopic,
  loadDossier,
  loadDossierTopic,
  parseDossier,
  parseDossierTopic,
} from "./load.js";
