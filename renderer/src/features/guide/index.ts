/** The visitor guide ("Wat zoekt de bezoeker?"), its copy from the hub and its editor. */
export { GuidePanel } from './GuidePanel';
export { GuideEditor } from './GuideEditor';
export { startGuideSync } from './guideStore';
