return RL4Med.Augment.Pipeline.PipelineApp.Run(args);
