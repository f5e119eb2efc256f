"""Matching: partner recommendations and B2B meeting scheduling.

What other domains call (programs in particular). Keyword-only; services flush, never commit.

Profiles and recommendations — `gyoryu.matching.service`:
    save_profile(db=, data=ProfileIn(organization_id, program_id=None, offers_sectors=[...],
                 seeks_sectors=[...], offers_capabilities=[...], seeks_capabilities=[...],
                 offers_text="", seeks_text=""))       -> MatchProfile   (schemas.ProfileIn)
    profile_for(db=, organization_id=, program_id=None) -> MatchProfile | None
    list_profiles(db=, program_id=None)                 -> list[MatchProfile]
    profile_form(profile)                               -> ProfileIn (to prefill a form)
    recommend(db=, profile_id=, scope=Scope.other_country, limit=10, min_score=0)
        -> list[Recommendation]; rec.score (0-100), rec.render(translator) -> reasons as text,
           rec.out(translator) -> RecommendationOut (JSON)

Meeting schedules — `gyoryu.matching.meetings` (requests themselves belong to programs):
    Attendee(key: str, organization_id: int, available: list[slot key])
    AcceptedRequest(key: str, a: attendee key, b: attendee key, priority: int = 0)
    meeting_instance(db=, program_id=, slots=[slot keys], tables=N, attendees=[...],
                     accepted=[...], recommend_top=3, min_score=40)   -> instance dict
    solve_schedule(db=, program_id=, instance=, time_limit=20, keep_previous=True) -> ScheduleRun
        (re-solving keeps every still-possible meeting at its slot and table; the returned
         run's `stats["released"]`, not stored, lists the meetings that had to leave theirs)
    save_schedule(db=, program_id=, instance=, result=)          -> ScheduleRun  (store a result)
    current_schedule(db=, program_id=)                           -> ScheduleRun | None
    meetings_of(db=, program_id=, attendee=key)                  -> list[ScheduledMeeting]
    schedule_changes(before_run, after_run)                      -> added / moved / removed

The solver itself is a pure library: `gyoryu.matching.scheduling` (`Instance.from_dict`,
`solve`, `reschedule`), also behind `gyoryu schedule solve INSTANCE.json --json`.
"""
