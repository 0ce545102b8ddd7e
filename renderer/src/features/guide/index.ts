/** The visitor guide ("Wat zoekt de bezoeker?"). */
export { GuidePanel } from './GuidePanel';
