import { Alert } from "./alert";
import { paths } from "./paths";
import { Link } from "./router";

interface NoAssessmentNoteProps {
  title: string;
  body: string;
  startLabel: string;
}

/** Where a page builds on a saved assessment and none exists: what is missing, and the way to the start page. */
export function NoAssessmentNote({ title, body, startLabel }: NoAssessmentNoteProps) {
  return (
    <Alert tone="info" title={title}>
      <p>{body}</p>
      <p>
        <Link to={paths.start}>{startLabel}</Link>
      </p>
    </Alert>
  );
}
