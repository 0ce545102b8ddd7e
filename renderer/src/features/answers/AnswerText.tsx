/** An answer's body as coordinators typed it: paragraphs at blank lines, line breaks kept. */
export function AnswerText({ text, className = 'answer-text', lang }: { text: string; className?: string; lang?: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <div className={className} lang={lang} dir="auto">
      {parts.map((part, i) => (
        <p key={i}>{part}</p>
      ))}
    </div>
  );
}
