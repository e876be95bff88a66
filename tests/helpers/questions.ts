// A registration question the question tests share: a single choice that conditions can point at.
import type { Question } from "@/lib/questions/definitions";

export const roleQuestion: Question = {
  id: "rolerole01",
  key: "role",
  type: "single_choice",
  label: "Role",
  help: "",
  required: true,
  display: "radio",
  options: [
    { id: "optteach01", label: "Teacher" },
    { id: "optstud001", label: "Student" },
  ],
};
